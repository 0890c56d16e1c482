-- ALTER TABLE orders ADD COLUMN shipped_at timestamp;
COMMENT ON COLUMN orders.created_at IS 'timestamp without time zone would be ambiguous here';
