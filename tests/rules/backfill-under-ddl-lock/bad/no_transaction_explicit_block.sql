-- pgmig:no-transaction
BEGIN;
ALTER TABLE orders ADD COLUMN source text;
UPDATE orders SET source = 'web';
COMMIT;
