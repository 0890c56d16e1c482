-- pgmig:no-transaction
-- Index for the fulfilment queue (down).

DROP INDEX CONCURRENTLY IF EXISTS orders_open_status_placed_at_idx;
