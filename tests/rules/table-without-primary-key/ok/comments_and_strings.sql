-- CREATE TABLE audit_events (happened_at timestamptz);
COMMENT ON TABLE orders IS 'CREATE TABLE orders_copy (LIKE orders) makes a copy without a primary key';
