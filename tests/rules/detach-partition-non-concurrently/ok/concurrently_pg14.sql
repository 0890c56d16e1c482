-- pg-version: 14
-- pgmig:no-transaction
ALTER TABLE events DETACH PARTITION events_2025_03 CONCURRENTLY;
