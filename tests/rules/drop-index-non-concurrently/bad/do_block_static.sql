DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_indexes WHERE indexname = 'orders_created_at_idx') THEN
        DROP INDEX orders_created_at_idx;
    END IF;
END
$$;
