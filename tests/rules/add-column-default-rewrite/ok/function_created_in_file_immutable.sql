CREATE FUNCTION app.default_region() RETURNS text
    LANGUAGE sql IMMUTABLE AS $$ SELECT 'eu-west-1' $$;
ALTER TABLE customers ADD COLUMN region text NOT NULL DEFAULT app.default_region();
