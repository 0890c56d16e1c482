-- corpus-expect: none
-- Called by pg_cron each month; the DDL in the body is not run by this migration.
CREATE OR REPLACE FUNCTION create_next_events_partition() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    start_month date := date_trunc('month', now() + interval '1 month');
BEGIN
    EXECUTE format('CREATE TABLE IF NOT EXISTS %I PARTITION OF events FOR VALUES FROM (%L) TO (%L)',
                   'events_' || to_char(start_month, 'YYYY_MM'), start_month, start_month + interval '1 month');
END
$$;
