-- pgmig:no-transaction
UPDATE orders SET note = '' WHERE note IS NULL;
BEGIN;
ALTER TABLE orders ADD COLUMN archived boolean;
UPDATE orders SET archived = false;
