-- corpus-expect: set-not-null
-- corpus-pg-version: 11
-- Before PG12 a validated CHECK does not spare the scan.
ALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
