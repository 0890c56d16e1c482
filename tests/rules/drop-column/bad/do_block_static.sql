DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM information_schema.columns
                WHERE table_name = 'orders' AND column_name = 'legacy_status') THEN
        ALTER TABLE orders DROP COLUMN legacy_status;
    END IF;
END
$$;
