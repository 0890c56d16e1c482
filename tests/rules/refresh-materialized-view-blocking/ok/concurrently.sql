-- CONCURRENTLY takes EXCLUSIVE: readers keep reading the old contents. It may run
-- inside the migration's transaction.
REFRESH MATERIALIZED VIEW CONCURRENTLY daily_order_totals;
REFRESH MATERIALIZED VIEW CONCURRENTLY reporting."CustomerStats" WITH DATA;
