-- pgmig:no-transaction
BEGIN;
ALTER TABLE orders ADD COLUMN source text;
COMMIT;
BEGIN;
UPDATE orders SET source = 'web' WHERE source IS NULL;
COMMIT;
