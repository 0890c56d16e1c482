-- expect: 2
-- pgmig:no-transaction
BEGIN;
UPDATE orders SET note = '' WHERE note IS NULL;
COMMIT AND CHAIN;
UPDATE orders SET status = 'new' WHERE status IS NULL;
PREPARE TRANSACTION 'backfill';
