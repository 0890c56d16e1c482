-- pgmig:no-transaction
-- Outside a transaction, but without CONCURRENTLY: writes still block.
REINDEX INDEX orders_status_idx;
