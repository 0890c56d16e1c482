-- pgmig:no-transaction
DO $$
BEGIN
    EXECUTE 'CREATE INDEX orders_total_idx ON orders (total)';
END
$$;
