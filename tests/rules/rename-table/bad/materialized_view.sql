ALTER MATERIALIZED VIEW daily_revenue RENAME TO revenue_by_status;
