-- The view is *called* concurrently_refreshed_stats; the refresh is not concurrent.
REFRESH MATERIALIZED VIEW concurrently_refreshed_stats;
