-- corpus-expect: create-index-non-concurrently
-- pgmig:no-transaction
CREATE INDEX events_occurred_at_brin ON events USING brin (occurred_at);
