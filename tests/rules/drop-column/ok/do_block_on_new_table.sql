CREATE TABLE import_rows (id bigint PRIMARY KEY, raw text, parsed jsonb);
DO $$
BEGIN
    EXECUTE 'ALTER TABLE import_rows DROP COLUMN raw';
END
$$;
