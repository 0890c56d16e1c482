-- corpus-expect: must-run-outside-transaction
-- pgmig:no-transaction
-- A DO block is a function call: CREATE INDEX CONCURRENTLY cannot run inside it (verified PG15).
DO $$
BEGIN
    IF to_regclass('public.orders_channel_idx') IS NULL THEN
        EXECUTE 'CREATE INDEX CONCURRENTLY orders_channel_idx ON orders (channel)';
    END IF;
END
$$;
