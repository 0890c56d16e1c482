DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_indexes WHERE indexname = 'orders_status_idx') THEN
        CREATE INDEX orders_status_idx ON orders (status);
    END IF;
END
$$;
