-- CREATE FUNCTION without IMMUTABLE/STABLE is VOLATILE.
CREATE OR REPLACE FUNCTION app.generate_order_code() RETURNS text
    LANGUAGE sql AS $$ SELECT upper(substr(md5(random()::text), 1, 8)) $$;
ALTER TABLE orders ADD COLUMN short_code text DEFAULT app.generate_order_code();
