-- ON ONLY on a table that is not partitioned builds the index like any CREATE INDEX.
CREATE INDEX orders_status_idx ON ONLY orders (status);
