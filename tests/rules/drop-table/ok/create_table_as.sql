CREATE TABLE orders_snapshot AS SELECT * FROM orders;
DROP TABLE orders_snapshot;
SELECT * INTO order_items_snapshot FROM order_items;
DROP TABLE IF EXISTS order_items_snapshot;
