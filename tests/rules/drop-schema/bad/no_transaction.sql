-- pgmig:no-transaction
DROP SCHEMA IF EXISTS "LegacyImport" RESTRICT;
