DO $$
BEGIN
    EXECUTE 'ALTER TABLE products ADD COLUMN title_case text GENERATED ALWAYS AS (initcap(name)) STORED';
END
$$;
