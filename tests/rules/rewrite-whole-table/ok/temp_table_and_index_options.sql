-- pgmig:no-transaction
CREATE TEMP TABLE order_ids AS SELECT id FROM orders;
CREATE INDEX order_ids_id_idx ON order_ids (id);
CLUSTER order_ids USING order_ids_id_idx;
ALTER INDEX orders_created_at_idx SET (fillfactor = 80);
ALTER TABLE orders SET (parallel_workers = 4);
