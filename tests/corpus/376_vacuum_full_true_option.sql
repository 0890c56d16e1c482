-- corpus-expect: rewrite-whole-table
-- pgmig:no-transaction
VACUUM (ANALYZE, FULL TRUE) sessions;
