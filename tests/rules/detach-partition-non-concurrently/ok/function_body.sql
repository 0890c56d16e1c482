-- Called by the scheduler, not during this migration.
CREATE FUNCTION detach_old_event_partitions(keep_months integer) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    part regclass;
BEGIN
    ALTER TABLE events DETACH PARTITION events_2025_01;
    FOR part IN SELECT inhrelid::regclass FROM pg_inherits WHERE inhparent = 'events'::regclass LOOP
        EXECUTE format('ALTER TABLE events DETACH PARTITION %s', part);
    END LOOP;
END
$$;
