-- The constraint was added NOT VALID by an earlier migration, but ADD COLUMN in this
-- transaction already holds ACCESS EXCLUSIVE on orders during the scan.
ALTER TABLE orders ADD COLUMN note text;
ALTER TABLE orders VALIDATE CONSTRAINT orders_total_non_negative;
