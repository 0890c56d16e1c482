DO $$
BEGIN
    EXECUTE 'ALTER TABLE public.orders RENAME TO sales_orders';
END
$$;
