-- ALTER TABLE products ADD COLUMN x numeric GENERATED ALWAYS AS (price * 2) STORED;
COMMENT ON COLUMN products.price IS 'GENERATED ALWAYS AS (price * 1.25) STORED would rewrite';
CREATE FUNCTION app.add_generated() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    ALTER TABLE products ADD COLUMN doubled numeric GENERATED ALWAYS AS (price * 2) STORED;
END
$$;
SELECT $$ALTER TABLE products ADD COLUMN y int GENERATED ALWAYS AS (1) STORED$$ AS example;
