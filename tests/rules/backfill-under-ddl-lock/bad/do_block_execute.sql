ALTER TABLE orders ADD COLUMN archived boolean;
DO $$
BEGIN
    EXECUTE 'UPDATE public.orders SET archived = false';
END
$$;
