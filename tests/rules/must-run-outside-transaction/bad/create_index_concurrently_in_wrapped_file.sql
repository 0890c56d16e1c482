-- Add an index without blocking writes (but the runner wraps this file in a transaction).
CREATE INDEX CONCURRENTLY orders_created_at_idx ON orders (created_at);
