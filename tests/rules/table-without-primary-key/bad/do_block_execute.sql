DO $$
BEGIN
    EXECUTE 'CREATE TABLE import_rows (line integer, raw text)';
END
$$;
