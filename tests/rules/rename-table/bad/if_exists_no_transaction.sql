-- pgmig:no-transaction
ALTER TABLE IF EXISTS legacy_exports RENAME TO exports_old;
