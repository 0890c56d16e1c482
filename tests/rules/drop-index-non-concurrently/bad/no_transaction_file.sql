-- pgmig:no-transaction
-- Swap an index: the new one is built concurrently, but the old one is dropped with
-- a plain DROP INDEX.
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_created_at_idx ON orders (status, created_at);
DROP INDEX orders_status_idx;
