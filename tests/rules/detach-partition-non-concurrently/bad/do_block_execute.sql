DO $$
BEGIN
    EXECUTE 'ALTER TABLE app."Metrics" DETACH PARTITION app."Metrics_US"';
END
$$;
