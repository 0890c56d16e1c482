-- corpus-expect: none
-- pgmig:no-transaction
VACUUM (ANALYZE, VERBOSE) orders;
VACUUM notifications;
