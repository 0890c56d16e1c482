-- corpus-expect: must-run-outside-transaction
DROP INDEX CONCURRENTLY IF EXISTS index_orders_on_legacy_number;
