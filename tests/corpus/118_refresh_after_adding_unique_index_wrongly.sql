-- corpus-expect: refresh-materialized-view-blocking
-- pgmig:no-transaction
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS customer_stats_customer_id_key ON customer_stats (customer_id);
REFRESH MATERIALIZED VIEW customer_stats;
