-- corpus-expect: none
-- pgmig:no-transaction
CREATE OR REPLACE FUNCTION normalize_phone(p text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT regexp_replace(p, '[^0-9+]', '', 'g') $$;
CREATE INDEX CONCURRENTLY IF NOT EXISTS customers_normalized_phone_idx
    ON customers (normalize_phone(phone)) WHERE phone IS NOT NULL;
