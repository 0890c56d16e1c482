CREATE INDEX orders_open_idx ON public.orders (created_at) WHERE deleted_at IS NULL;
