DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM legacy.users) THEN
        DROP SCHEMA legacy CASCADE;
    END IF;
END
$$;
