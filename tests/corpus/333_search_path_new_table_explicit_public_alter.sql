-- corpus-expect: add-column-not-null-no-default
SET search_path TO billing;
CREATE TABLE invoices (id bigserial PRIMARY KEY, number text NOT NULL);
ALTER TABLE public.invoices ADD COLUMN billing_number text NOT NULL;
