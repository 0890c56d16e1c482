-- corpus-expect: must-run-outside-transaction
-- pgmig:no-transaction
BEGIN;
CREATE INDEX CONCURRENTLY payments_created_at_idx ON payments (created_at);
COMMIT;
