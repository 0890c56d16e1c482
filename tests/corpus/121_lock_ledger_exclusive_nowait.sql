-- corpus-expect: lock-table-explicit
LOCK accounts, ledger_entries IN EXCLUSIVE MODE NOWAIT;
SELECT pg_advisory_xact_lock(42);
