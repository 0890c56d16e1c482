-- corpus-expect: must-run-outside-transaction
-- pgmig:no-transaction
BEGIN;
DELETE FROM job_runs WHERE finished_at < now() - interval '30 days';
VACUUM (ANALYZE) job_runs;
COMMIT;
