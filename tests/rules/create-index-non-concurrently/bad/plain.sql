-- Index the foreign key of a busy table.
CREATE INDEX orders_customer_id_idx ON orders (customer_id);
