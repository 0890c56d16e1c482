DO $$
BEGIN
    IF to_regclass('events_2025_02') IS NOT NULL THEN
        ALTER TABLE events DETACH PARTITION events_2025_02;
    END IF;
END
$$;
