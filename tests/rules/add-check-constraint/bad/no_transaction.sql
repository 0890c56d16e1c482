-- pgmig:no-transaction
-- Autocommit does not help: the statement itself holds ACCESS EXCLUSIVE during the scan.
ALTER TABLE accounts ADD CONSTRAINT accounts_owner_positive CHECK (owner_id > 0);
