-- Storage parameters, STORAGE and COMPRESSION apply to future rows; no rewrite.
ALTER TABLE orders SET (fillfactor = 80, autovacuum_vacuum_scale_factor = 0.01);
ALTER TABLE orders ALTER COLUMN notes SET STORAGE EXTERNAL;
ALTER TABLE orders ALTER COLUMN notes SET COMPRESSION pglz;
ALTER TABLE orders RESET (fillfactor);
