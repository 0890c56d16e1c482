-- Renaming or tuning an index is not dropping it.
ALTER INDEX orders_status_idx RENAME TO orders_state_idx;
ALTER INDEX orders_customer_id_idx SET (fillfactor = 90);
DROP VIEW IF EXISTS orders_index_usage;
