-- corpus-expect: alter-domain-add-constraint
-- pgmig:no-transaction
-- Autocommit does not help a domain: VALIDATE still takes SHARE on every table using it.
ALTER DOMAIN email_address VALIDATE CONSTRAINT email_address_has_at;
