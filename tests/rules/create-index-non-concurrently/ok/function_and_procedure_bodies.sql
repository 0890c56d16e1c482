-- Bodies of functions and procedures do not run at migration time.
CREATE FUNCTION rebuild_order_indexes() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    CREATE INDEX orders_status_idx ON orders (status);
    EXECUTE 'CREATE INDEX orders_total_idx ON orders (total)';
END
$$;
CREATE PROCEDURE index_orders() LANGUAGE sql AS $$
    CREATE INDEX orders_created_at_idx ON orders (created_at);
$$;
