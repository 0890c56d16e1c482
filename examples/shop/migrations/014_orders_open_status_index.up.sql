-- pgmig:no-transaction
-- Index for the fulfilment queue: open orders by status, oldest first.

CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_open_status_placed_at_idx
    ON orders (status, placed_at)
    WHERE status IN ('pending', 'paid');
