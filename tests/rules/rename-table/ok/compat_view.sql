-- Rename with a compatibility view in the same transaction; the view is dropped after the deploy.
ALTER TABLE orders RENAME TO sales_orders;
CREATE VIEW orders AS SELECT * FROM sales_orders;
