-- pgmig:no-transaction
-- Autocommit does not make the scan shorter: still ACCESS EXCLUSIVE for the whole scan.
ALTER TABLE users ALTER COLUMN display_name SET NOT NULL;
