-- pg-version: 12
-- pgmig:no-transaction
REINDEX INDEX CONCURRENTLY orders_customer_id_idx;
