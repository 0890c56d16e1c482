DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'orders_region_id_fkey') THEN
        ALTER TABLE orders ADD CONSTRAINT orders_region_id_fkey
            FOREIGN KEY (region_id) REFERENCES regions (id) ON DELETE SET NULL;
    END IF;
END
$$;
