-- corpus-expect: create-index-non-concurrently, validate-in-same-transaction
CREATE INDEX order_items_order_id_idx ON order_items (order_id);
ALTER TABLE order_items VALIDATE CONSTRAINT order_items_order_id_fkey;
