-- corpus-expect: none
-- pgmig:no-transaction
CREATE INDEX CONCURRENTLY IF NOT EXISTS events_user_id_occurred_at_idx ON events (user_id, occurred_at);
ANALYZE events;
