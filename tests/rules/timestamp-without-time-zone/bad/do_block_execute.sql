DO $$
BEGIN
    EXECUTE 'ALTER TABLE orders ADD COLUMN delivered_at timestamp';
END
$$;
