DO $$
BEGIN
    IF to_regclass('events_2027_01') IS NULL THEN
        CREATE TABLE events_2027_01 PARTITION OF events
            FOR VALUES FROM ('2027-01-01') TO ('2027-02-01');
    END IF;
END
$$;
