-- pgmig:no-transaction
-- Outside a block a COMMIT only warns (there is no transaction in progress): harmless.
UPDATE orders SET note = '' WHERE note IS NULL;
COMMIT;
