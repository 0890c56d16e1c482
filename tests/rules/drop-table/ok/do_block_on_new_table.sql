CREATE TABLE import_batch (id bigint PRIMARY KEY);
DO $$
BEGIN
    EXECUTE 'DROP TABLE import_batch';
END
$$;
