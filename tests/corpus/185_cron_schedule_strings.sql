-- corpus-expect: none
CREATE EXTENSION IF NOT EXISTS pg_cron;
SELECT cron.schedule('nightly-refresh', '30 3 * * *', 'REFRESH MATERIALIZED VIEW CONCURRENTLY daily_sales');
SELECT cron.schedule('weekly-cleanup', '0 4 * * 0', $$DELETE FROM sessions WHERE expires_at < now()$$);
