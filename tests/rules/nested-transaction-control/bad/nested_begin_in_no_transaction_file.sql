-- pgmig:no-transaction
BEGIN;
UPDATE orders SET status = 'new' WHERE status IS NULL;
BEGIN;
UPDATE orders SET note = '' WHERE note IS NULL;
COMMIT;
