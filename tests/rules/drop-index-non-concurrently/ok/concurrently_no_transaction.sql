-- pgmig:no-transaction
DROP INDEX CONCURRENTLY IF EXISTS orders_status_idx;
DROP INDEX CONCURRENTLY app."OrdersArchive_CreatedAt_idx";
