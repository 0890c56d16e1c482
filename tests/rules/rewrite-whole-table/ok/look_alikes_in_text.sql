-- VACUUM FULL orders;  -- do not, use pg_repack
/* CLUSTER orders USING orders_created_at_idx; */
COMMENT ON TABLE orders IS 'never VACUUM FULL or SET TABLESPACE this table in business hours';
SELECT 'ALTER TABLE orders SET UNLOGGED' AS anti_pattern;
