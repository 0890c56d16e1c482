-- corpus-expect: lock-table-explicit, backfill-under-ddl-lock
LOCK TABLE orders;
UPDATE orders SET currency = 'EUR' WHERE currency IS NULL;
