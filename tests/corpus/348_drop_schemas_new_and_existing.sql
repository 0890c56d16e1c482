-- corpus-expect: drop-schema
CREATE SCHEMA tmp_reindex;
DROP SCHEMA IF EXISTS tmp_reindex, old_reporting CASCADE;
