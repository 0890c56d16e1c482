-- corpus-expect: drop-table
-- pgmig:no-transaction
ALTER TABLE events DETACH PARTITION events_2023_12 CONCURRENTLY;
DROP TABLE IF EXISTS events_2023_12;
