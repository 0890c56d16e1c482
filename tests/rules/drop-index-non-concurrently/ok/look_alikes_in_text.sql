-- DROP INDEX orders_status_idx;  (after the release)
/* DROP INDEX orders_customer_id_idx; */
COMMENT ON INDEX orders_status_idx IS 'DROP INDEX candidate: unused since 2026-10';
SELECT 'DROP INDEX orders_created_at_idx' AS pending;
SELECT $sql$DROP INDEX concurrently_idx$sql$;
