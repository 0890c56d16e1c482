-- corpus-expect: must-run-outside-transaction
-- pgmig:no-transaction
BEGIN;
DROP INDEX CONCURRENTLY IF EXISTS orders_legacy_status_idx;
COMMIT;
