-- corpus-expect: add-column-default-rewrite
-- pgmig:lock-timeout 2s
-- A lock timeout limits the wait, not the rewrite.
ALTER TABLE customers ADD COLUMN api_token uuid DEFAULT gen_random_uuid();
