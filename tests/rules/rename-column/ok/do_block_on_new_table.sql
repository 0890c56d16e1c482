CREATE TABLE import_rows (id bigint PRIMARY KEY, rawdata text);
DO $$
BEGIN
    EXECUTE 'ALTER TABLE import_rows RENAME COLUMN rawdata TO raw_data';
END
$$;
