-- pgmig:no-transaction
REINDEX SCHEMA app;
