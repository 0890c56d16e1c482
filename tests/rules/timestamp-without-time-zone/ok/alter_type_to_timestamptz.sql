-- The fix, not the problem.
CREATE TABLE legacy_jobs (id bigint PRIMARY KEY, ran_at timestamp);
ALTER TABLE legacy_jobs ALTER COLUMN ran_at TYPE timestamptz USING ran_at AT TIME ZONE 'UTC';
