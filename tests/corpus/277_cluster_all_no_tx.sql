-- corpus-expect: rewrite-whole-table
-- pgmig:no-transaction
CLUSTER VERBOSE;
