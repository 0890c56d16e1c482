-- A plain column kept up to date by a trigger; existing rows are backfilled in batches later.
ALTER TABLE products ADD COLUMN price_with_tax numeric;
CREATE FUNCTION products_price_with_tax() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.price_with_tax := NEW.price * 1.25;
    RETURN NEW;
END
$$;
CREATE TRIGGER products_price_with_tax BEFORE INSERT OR UPDATE OF price ON products
    FOR EACH ROW EXECUTE FUNCTION products_price_with_tax();
