-- pgmig:no-transaction
-- FINALIZE completes a DETACH ... CONCURRENTLY that was interrupted; it is not a new detach.
ALTER TABLE events DETACH PARTITION events_2025_02 FINALIZE;
