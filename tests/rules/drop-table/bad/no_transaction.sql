-- pgmig:no-transaction
DROP TABLE IF EXISTS legacy_exports;
