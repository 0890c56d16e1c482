-- corpus-expect: drop-schema
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'old_reporting') THEN
        EXECUTE 'DROP SCHEMA old_reporting CASCADE';
    END IF;
END
$$;
