DO $$
BEGIN
    LOCK TABLE orders IN SHARE MODE;
    RAISE NOTICE 'orders locked';
END
$$;
