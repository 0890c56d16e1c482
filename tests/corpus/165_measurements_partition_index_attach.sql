-- corpus-expect: none
-- pgmig:no-transaction
CREATE INDEX CONCURRENTLY IF NOT EXISTS measurements_2026_10_taken_at_idx ON measurements_2026_10 (taken_at);
ALTER INDEX measurements_taken_at_idx ATTACH PARTITION measurements_2026_10_taken_at_idx;
CREATE INDEX CONCURRENTLY IF NOT EXISTS measurements_2026_11_taken_at_idx ON measurements_2026_11 (taken_at);
ALTER INDEX measurements_taken_at_idx ATTACH PARTITION measurements_2026_11_taken_at_idx;
