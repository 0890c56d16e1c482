DO $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM information_schema.columns
        WHERE table_name = 'customers' AND column_name = 'api_key'
    ) THEN
        ALTER TABLE customers ADD COLUMN api_key uuid DEFAULT uuid_generate_v4();
    END IF;
END
$$;
