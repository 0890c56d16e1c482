CREATE PROCEDURE rename_status_column()
LANGUAGE plpgsql AS $$
BEGIN
    ALTER TABLE orders RENAME COLUMN status TO state;
END
$$;
