-- Freeze both tables while we re-point the customer references.
LOCK TABLE customers, orders IN ACCESS EXCLUSIVE MODE;
ALTER TABLE orders ADD COLUMN placed_by bigint;
