DO $$
BEGIN
    RAISE NOTICE 'run TRUNCATE sessions by hand during the maintenance window';
END
$$;
