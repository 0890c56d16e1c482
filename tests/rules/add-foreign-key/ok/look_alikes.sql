-- ALTER TABLE orders ADD FOREIGN KEY (customer_id) REFERENCES customers (id);
COMMENT ON COLUMN orders.customer_id IS 'FOREIGN KEY (customer_id) REFERENCES customers (id) comes in 0043';
CREATE FUNCTION app.add_fk() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id);
END
$$;
SELECT $sql$ALTER TABLE orders ADD FOREIGN KEY (region_id) REFERENCES regions$sql$;
