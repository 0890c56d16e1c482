-- corpus-expect: backfill-under-ddl-lock
ALTER TABLE accounts ADD COLUMN slug text;
DO $$
BEGIN
    UPDATE accounts SET slug = lower(regexp_replace(name, '[^a-zA-Z0-9]+', '-', 'g')) WHERE slug IS NULL;
END
$$;
