-- corpus-expect: none
CREATE STATISTICS IF NOT EXISTS orders_customer_status_stats (dependencies, ndistinct)
    ON customer_id, status FROM orders;
ANALYZE orders;
