-- SET STATISTICS, storage parameters, VALIDATE and COMMENT take SHARE UPDATE EXCLUSIVE: writes go on.
ALTER TABLE orders ALTER COLUMN status SET STATISTICS 500;
ALTER TABLE orders SET (autovacuum_vacuum_scale_factor = 0.01);
ALTER TABLE orders VALIDATE CONSTRAINT orders_total_nonnegative;
COMMENT ON TABLE orders IS 'Customer orders';
UPDATE orders SET status = 'paid' WHERE id = 1;
