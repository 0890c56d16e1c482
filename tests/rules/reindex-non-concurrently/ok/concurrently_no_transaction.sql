-- pgmig:no-transaction
REINDEX INDEX CONCURRENTLY orders_status_idx;
REINDEX TABLE CONCURRENTLY app."OrdersArchive";
