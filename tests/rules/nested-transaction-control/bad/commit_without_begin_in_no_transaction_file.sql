-- pgmig:no-transaction
-- Outside a block a COMMIT only warns, but it usually means the BEGIN above is missing.
UPDATE orders SET note = '' WHERE note IS NULL;
COMMIT;
