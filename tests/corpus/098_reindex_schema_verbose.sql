-- corpus-expect: reindex-non-concurrently
-- pgmig:no-transaction
REINDEX (VERBOSE) SCHEMA app;
