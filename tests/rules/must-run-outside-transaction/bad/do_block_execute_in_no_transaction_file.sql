-- pgmig:no-transaction
-- A DO block runs as a function: CONCURRENTLY is refused there even outside a transaction.
DO $$
BEGIN
    EXECUTE 'CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_total_idx ON orders (total)';
END
$$;
