-- pgmig:no-transaction
-- Each statement commits on its own: the ALTER's lock is released before the UPDATE starts.
ALTER TABLE orders ADD COLUMN source text;
UPDATE orders SET source = 'web' WHERE source IS NULL;
