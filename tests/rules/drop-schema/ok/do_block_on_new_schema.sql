CREATE SCHEMA tmp_import;
DO $$
BEGIN
    EXECUTE 'DROP SCHEMA tmp_import';
END
$$;
