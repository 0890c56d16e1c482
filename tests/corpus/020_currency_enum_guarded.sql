-- corpus-expect: none
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                   WHERE t.typname = 'currency_code' AND n.nspname = 'public') THEN
        CREATE TYPE public.currency_code AS ENUM ('EUR', 'USD', 'GBP', 'CHF');
    END IF;
END
$$;

ALTER TABLE invoices ADD COLUMN IF NOT EXISTS currency public.currency_code;
