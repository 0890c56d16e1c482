-- Replaced by the composite index added last week.
DROP INDEX IF EXISTS orders_customer_id_idx;
