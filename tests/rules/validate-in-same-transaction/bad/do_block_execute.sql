ALTER TABLE orders ADD CONSTRAINT orders_customer_positive CHECK (customer_id > 0) NOT VALID;
DO $$
BEGIN
    EXECUTE 'ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_positive';
END
$$;
