CREATE TABLE orders_snapshot AS SELECT * FROM orders;
TRUNCATE orders_snapshot;
