-- app.generate_order_code() is VOLATILE in the catalog.
ALTER TABLE orders ADD COLUMN code text DEFAULT app.generate_order_code();
