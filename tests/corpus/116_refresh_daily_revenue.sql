-- corpus-expect: refresh-materialized-view-blocking
REFRESH MATERIALIZED VIEW daily_revenue;
