-- CREATE INDEX orders_customer_id_idx ON orders (customer_id);
CREATE FUNCTION make_index() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    CREATE INDEX orders_customer_id_idx ON orders (customer_id);
END
$$;
COMMENT ON TABLE orders IS 'CREATE INDEX orders_total_idx ON orders (total_cents)';
