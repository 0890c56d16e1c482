-- corpus-expect: none
CREATE OR REPLACE FUNCTION public.search_products(search text)
RETURNS SETOF public.products
LANGUAGE sql STABLE AS $$
    SELECT * FROM products WHERE name ILIKE ('%' || search || '%') OR sku = search
$$;
CREATE OR REPLACE FUNCTION public.set_current_timestamp_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  _new record;
BEGIN
  _new := NEW;
  _new."updated_at" = NOW();
  RETURN _new;
END;
$$;
