DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'accounts_currency_check') THEN
        ALTER TABLE accounts ADD CONSTRAINT accounts_currency_check CHECK (currency ~ '^[A-Z]{3}$');
    END IF;
END
$$;
