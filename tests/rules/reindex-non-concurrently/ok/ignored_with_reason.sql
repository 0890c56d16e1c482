-- pgmig:no-transaction
-- pgmig:ignore reindex-non-concurrently maintenance window 2026-11-28 02:00 UTC, traffic drained
REINDEX TABLE orders;
