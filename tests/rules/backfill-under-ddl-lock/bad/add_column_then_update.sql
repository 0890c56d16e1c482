ALTER TABLE orders ADD COLUMN status_code smallint;
UPDATE orders SET status_code = 0;
