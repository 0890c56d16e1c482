DO $$
BEGIN
    UPDATE orders SET status = 'new' WHERE status IS NULL;
    COMMIT;
END
$$;
