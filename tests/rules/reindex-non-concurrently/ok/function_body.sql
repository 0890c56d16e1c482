CREATE PROCEDURE reindex_orders() LANGUAGE plpgsql AS $$
BEGIN
    REINDEX TABLE orders;
END
$$;
