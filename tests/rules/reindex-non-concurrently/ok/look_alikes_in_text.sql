-- REINDEX TABLE orders;  -- do this by hand on a quiet night
/* REINDEX INDEX orders_status_idx; */
COMMENT ON TABLE orders IS 'REINDEX INDEX orders_status_idx monthly';
SELECT 'REINDEX TABLE orders' AS maintenance_hint;
