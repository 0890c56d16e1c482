-- The option is spelled out but switched off.
REINDEX (CONCURRENTLY false) INDEX orders_customer_id_idx;
