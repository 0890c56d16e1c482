-- corpus-expect: nested-transaction-control
-- COMMIT inside a DO block fails with "invalid transaction termination" when the runner wraps
-- the file in a transaction (verified PG15).
DO $$
DECLARE
    n integer;
BEGIN
    LOOP
        DELETE FROM job_runs WHERE id IN (SELECT id FROM job_runs WHERE finished_at < now() - interval '1 year' LIMIT 1000);
        GET DIAGNOSTICS n = ROW_COUNT;
        COMMIT;
        EXIT WHEN n = 0;
    END LOOP;
END
$$;
