DO $$
BEGIN
    EXECUTE 'CLUSTER orders USING orders_customer_id_idx';
END
$$;
