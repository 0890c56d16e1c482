-- corpus-expect: drop-schema
DROP SCHEMA IF EXISTS "tmp_import", "Staging" RESTRICT;
