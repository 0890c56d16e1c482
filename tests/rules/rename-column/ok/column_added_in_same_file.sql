ALTER TABLE orders ADD COLUMN shiped_at timestamptz;
ALTER TABLE orders RENAME COLUMN shiped_at TO shipped_at;
