-- corpus-expect: none
DROP TRIGGER IF EXISTS orders_sync_total_v2 ON orders;
DROP FUNCTION IF EXISTS orders_sync_total_v2();
DROP VIEW IF EXISTS legacy_order_totals;
DROP SEQUENCE IF EXISTS legacy_invoice_seq;
DROP TYPE IF EXISTS legacy_order_state;
