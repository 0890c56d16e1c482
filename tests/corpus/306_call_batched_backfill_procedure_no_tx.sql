-- corpus-expect: none
-- pgmig:no-transaction
-- backfill_order_amounts() COMMITs after every batch; it must run outside a transaction block.
CALL backfill_order_amounts(5000);
