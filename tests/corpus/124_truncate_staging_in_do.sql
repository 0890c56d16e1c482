-- corpus-expect: truncate-table
DO $$
BEGIN
    IF current_setting('server_version_num')::int >= 120000 THEN
        TRUNCATE import_staging;
    END IF;
END
$$;
