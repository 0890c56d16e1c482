-- corpus-expect: rename-column
DO $$
BEGIN
    EXECUTE 'ALTER TABLE public.invoices RENAME COLUMN amount TO total_cents';
END
$$;
