-- pgmig:no-transaction
ALTER TABLE IF EXISTS orders
    ADD COLUMN IF NOT EXISTS picked_at timestamptz DEFAULT timeofday()::timestamptz;
