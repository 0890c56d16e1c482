-- corpus-expect: create-index-non-concurrently
CREATE INDEX events_session_id_idx ON ONLY events (session_id);
-- forgot CONCURRENTLY on the partition (an existing, busy table)
CREATE INDEX events_2026_11_session_id_idx ON events_2026_11 (session_id);
ALTER INDEX events_session_id_idx ATTACH PARTITION events_2026_11_session_id_idx;
