-- REFRESH MATERIALIZED VIEW daily_order_totals;  -- the cron job does this
/* REFRESH MATERIALIZED VIEW reporting."CustomerStats"; */
COMMENT ON MATERIALIZED VIEW daily_order_totals IS 'refreshed by REFRESH MATERIALIZED VIEW CONCURRENTLY every 5 minutes';
SELECT 'REFRESH MATERIALIZED VIEW daily_order_totals' AS job_command;
