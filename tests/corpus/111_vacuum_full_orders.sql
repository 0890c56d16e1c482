-- corpus-expect: rewrite-whole-table
-- pgmig:no-transaction
-- reclaim space after the big archive job
VACUUM (FULL, ANALYZE) orders;
