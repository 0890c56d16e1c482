-- `(CONCURRENTLY false)` / `off` is the plain REINDEX: PostgreSQL runs it in a transaction block
-- (verified PG15); reindex-non-concurrently reports the blocking rebuild instead.
REINDEX (CONCURRENTLY false) INDEX orders_customer_id_idx;
REINDEX (VERBOSE, CONCURRENTLY off) TABLE orders;
