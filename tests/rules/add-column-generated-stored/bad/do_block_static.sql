DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_attribute
                   WHERE attrelid = 'products'::regclass AND attname = 'price_cents') THEN
        ALTER TABLE products ADD COLUMN price_cents bigint GENERATED ALWAYS AS ((price * 100)::bigint) STORED;
    END IF;
END
$$;
