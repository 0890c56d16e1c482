ALTER TABLE orders ADD COLUMN dropped_at timestamptz;
ALTER TABLE orders ADD COLUMN drop_reason text;
