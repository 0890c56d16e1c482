DO $$
BEGIN
    EXECUTE 'ALTER TABLE orders ADD COLUMN sort_key double precision DEFAULT random()';
END
$$;
