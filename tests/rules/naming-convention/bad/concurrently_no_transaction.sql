-- pgmig:no-transaction
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_by_customer ON orders (customer_id);
