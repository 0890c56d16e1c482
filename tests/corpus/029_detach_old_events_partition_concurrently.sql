-- corpus-expect: none
-- pgmig:no-transaction
ALTER TABLE events DETACH PARTITION events_2024_01 CONCURRENTLY;
