-- pgmig:no-transaction
BEGIN;
UPDATE orders SET status = 'new' WHERE status IS NULL;
CREATE INDEX CONCURRENTLY orders_total_idx ON orders (total);
COMMIT;
