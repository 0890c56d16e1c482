ALTER TABLE orders ADD COLUMN placed_at timestamptz;
ALTER TABLE orders RENAME COLUMN customer_id TO account_id;
