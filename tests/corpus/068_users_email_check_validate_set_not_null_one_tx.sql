-- corpus-expect: validate-in-same-transaction, set-not-null
-- The textbook three steps, but crammed into one transaction: the VALIDATE scan runs under the
-- ACCESS EXCLUSIVE lock of the ADD, so the split bought nothing.
ALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;
ALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
