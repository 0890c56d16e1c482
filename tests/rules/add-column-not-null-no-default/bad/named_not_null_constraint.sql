ALTER TABLE public.customers ADD COLUMN tax_id text CONSTRAINT customers_tax_id_nn NOT NULL;
