-- pg-version: 11
-- REINDEX CONCURRENTLY does not exist before PostgreSQL 12; the plain form still blocks.
REINDEX INDEX orders_customer_id_idx;
