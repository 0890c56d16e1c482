DO $$
BEGIN
    ALTER TABLE orders ADD COLUMN IF NOT EXISTS revision smallserial;
EXCEPTION WHEN duplicate_column THEN
    RAISE NOTICE 'orders.revision already exists';
END
$$;
