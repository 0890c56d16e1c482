DO $$
BEGIN
    EXECUTE 'DROP SCHEMA reporting_old CASCADE';
END
$$;
