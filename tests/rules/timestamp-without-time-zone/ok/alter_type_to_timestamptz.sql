-- The fix, not the problem.
ALTER TABLE legacy_jobs ALTER COLUMN ran_at TYPE timestamptz USING ran_at AT TIME ZONE 'UTC';
