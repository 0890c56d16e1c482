-- pgmig:no-transaction
BEGIN;
ALTER TABLE orders ADD COLUMN shipped_at timestamptz;
COMMIT;
BEGIN;
UPDATE orders SET shipped_at = now() WHERE status = 'shipped';
ROLLBACK;
START TRANSACTION;
UPDATE orders SET note = '' WHERE note IS NULL;
END;
