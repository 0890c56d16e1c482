-- pgmig:no-transaction
REINDEX (CONCURRENTLY) INDEX orders_customer_id_idx;
REINDEX (VERBOSE, CONCURRENTLY true) TABLE orders;
REINDEX (CONCURRENTLY on) SCHEMA app;
