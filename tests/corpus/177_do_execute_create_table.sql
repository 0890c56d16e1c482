-- corpus-expect: none
DO $$
BEGIN
    EXECUTE 'CREATE TABLE IF NOT EXISTS rate_limits (key text PRIMARY KEY, hits integer NOT NULL DEFAULT 0, window_start timestamptz NOT NULL)';
    RAISE NOTICE 'rate_limits ready';
END
$$;
