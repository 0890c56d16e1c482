-- Order codes come from a helper the billing team owns; without a database connection
-- its volatility is unknown, and CREATE FUNCTION defaults to VOLATILE.
ALTER TABLE orders ADD COLUMN code text DEFAULT app.generate_order_code();
