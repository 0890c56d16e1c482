DO $$
BEGIN
    IF EXISTS (
        SELECT 1 FROM information_schema.columns
        WHERE table_name = 'orders' AND column_name = 'shipped_at' AND is_nullable = 'YES'
    ) THEN
        ALTER TABLE orders ALTER COLUMN shipped_at SET NOT NULL;
    END IF;
END
$$;
