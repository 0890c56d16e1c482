-- pgmig:no-transaction
REFRESH MATERIALIZED VIEW CONCURRENTLY concurrently_refreshed_stats;
