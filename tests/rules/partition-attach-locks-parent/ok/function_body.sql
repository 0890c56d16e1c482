-- The scheduler calls this; the migration only defines it.
CREATE FUNCTION create_next_events_partition() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    start_at date := date_trunc('month', now() + interval '1 month');
BEGIN
    CREATE TABLE IF NOT EXISTS events_next PARTITION OF events
        FOR VALUES FROM ('2027-01-01') TO ('2027-02-01');
    EXECUTE format(
        'CREATE TABLE IF NOT EXISTS %I PARTITION OF events FOR VALUES FROM (%L) TO (%L)',
        'events_' || to_char(start_at, 'YYYY_MM'), start_at, start_at + interval '1 month');
END
$$;
