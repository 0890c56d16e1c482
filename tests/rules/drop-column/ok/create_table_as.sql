CREATE TABLE orders_export AS SELECT * FROM orders;
ALTER TABLE orders_export DROP COLUMN notes, DROP COLUMN legacy_status;
