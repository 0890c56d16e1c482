-- corpus-expect: reindex-non-concurrently
-- CONCURRENTLY false is the plain, blocking REINDEX (and is allowed in a transaction).
REINDEX (CONCURRENTLY false) INDEX orders_customer_id_idx;
