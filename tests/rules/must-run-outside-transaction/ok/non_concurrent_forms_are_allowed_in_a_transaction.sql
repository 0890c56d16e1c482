-- These lock (other rules say so) but PostgreSQL runs them inside a transaction.
DROP INDEX orders_status_idx;
REINDEX TABLE orders;
ANALYZE orders;
ALTER TABLE events DETACH PARTITION events_2026_10;
