-- corpus-expect: backfill-under-ddl-lock
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM information_schema.columns
                   WHERE table_name = 'orders' AND column_name = 'channel') THEN
        ALTER TABLE orders ADD COLUMN channel text;
        UPDATE orders SET channel = 'web' WHERE channel IS NULL;
    END IF;
END
$$;
