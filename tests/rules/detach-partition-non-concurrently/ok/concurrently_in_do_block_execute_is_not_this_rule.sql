-- pgmig:no-transaction
-- (CONCURRENTLY inside a DO block fails at run time: must-run-outside-transaction reports
-- that; it is not a blocking detach.)
DO $$
BEGIN
    EXECUTE 'ALTER TABLE events DETACH PARTITION events_2025_01 CONCURRENTLY';
END
$$;
