-- corpus-expect: none
CREATE TABLE archived_orders AS
SELECT * FROM orders WHERE placed_at < '2020-01-01';
ALTER TABLE archived_orders ADD PRIMARY KEY (id);
CREATE INDEX archived_orders_customer_id_idx ON archived_orders (customer_id);
ALTER TABLE archived_orders ALTER COLUMN status SET NOT NULL;
