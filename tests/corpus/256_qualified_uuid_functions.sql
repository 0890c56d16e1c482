-- corpus-expect: add-column-default-rewrite
ALTER TABLE app.uploads ADD COLUMN storage_key uuid NOT NULL DEFAULT pg_catalog.gen_random_uuid();
