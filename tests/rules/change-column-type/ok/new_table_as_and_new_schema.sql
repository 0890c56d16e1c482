CREATE TABLE orders_snapshot AS SELECT id, amount FROM orders;
ALTER TABLE orders_snapshot ALTER COLUMN amount TYPE numeric(20, 4);

CREATE SCHEMA archive;
CREATE TABLE archive.orders (id integer, amount numeric(10, 2));
ALTER TABLE archive.orders ALTER COLUMN id TYPE bigint;
