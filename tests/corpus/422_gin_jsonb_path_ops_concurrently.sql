-- corpus-expect: none
-- pgmig:no-transaction
CREATE INDEX CONCURRENTLY IF NOT EXISTS events_payload_path_idx ON events USING gin (payload jsonb_path_ops);
CREATE INDEX CONCURRENTLY IF NOT EXISTS events_payload_type_idx ON events ((payload ->> 'type'));
