-- CREATE DOMAIN d AS int CHECK (VALUE > 0); ALTER TABLE orders ADD COLUMN q d;
CREATE DOMAIN app.stars AS smallint CHECK (VALUE BETWEEN 1 AND 5);
CREATE FUNCTION app.add_stars() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    ALTER TABLE orders ADD COLUMN stars app.stars;
END
$$;
COMMENT ON DOMAIN app.stars IS 'do not ALTER TABLE orders ADD COLUMN stars app.stars';
