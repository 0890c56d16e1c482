-- corpus-expect: none
-- pgmig:no-transaction
REINDEX INDEX CONCURRENTLY orders_customer_id_idx;
REINDEX (VERBOSE) TABLE CONCURRENTLY sessions;
