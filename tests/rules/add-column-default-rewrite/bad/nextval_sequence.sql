ALTER TABLE public.orders
    ADD COLUMN order_number bigint DEFAULT nextval('order_number_seq'::regclass);
