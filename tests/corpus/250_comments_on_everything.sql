-- corpus-expect: none
COMMENT ON SCHEMA billing IS 'Invoicing and payments';
COMMENT ON VIEW active_users IS 'Users seen in the last 90 days';
COMMENT ON MATERIALIZED VIEW daily_sales IS 'Refreshed nightly by pg_cron';
COMMENT ON FUNCTION set_updated_at() IS 'BEFORE UPDATE trigger helper';
COMMENT ON CONSTRAINT orders_customer_id_fkey ON orders IS 'Never cascade: orders are legal records';
COMMENT ON TYPE shipment_status IS 'Carrier-neutral shipment state';
