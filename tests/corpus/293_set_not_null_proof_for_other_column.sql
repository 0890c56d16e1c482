-- corpus-expect: set-not-null
-- pgmig:no-transaction
-- The validated CHECK is about email; phone has no proof, so SET NOT NULL scans.
ALTER TABLE contacts ADD CONSTRAINT contacts_email_not_null CHECK (email IS NOT NULL) NOT VALID;
ALTER TABLE contacts VALIDATE CONSTRAINT contacts_email_not_null;
ALTER TABLE contacts ALTER COLUMN email SET NOT NULL;
ALTER TABLE contacts ALTER COLUMN phone SET NOT NULL;
