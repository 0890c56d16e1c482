-- corpus-expect: reindex-non-concurrently
REINDEX INDEX orders_customer_id_idx;
