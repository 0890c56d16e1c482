-- pgmig:no-transaction
BEGIN;
CREATE INDEX orders_deleted_at_idx ON orders (deleted_at);
COMMIT;
