-- pgmig:no-transaction
-- Outside a transaction, but the CONCURRENTLY keyword is missing.
ALTER TABLE events DETACH PARTITION events_2025_03;
