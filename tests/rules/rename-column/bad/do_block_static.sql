DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM information_schema.columns
                WHERE table_name = 'orders' AND column_name = 'status') THEN
        ALTER TABLE orders RENAME COLUMN status TO state;
    END IF;
END
$$;
