-- corpus-expect: none
-- users_email_not_null was added NOT VALID in an earlier migration and the backfill ran since.
ALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
ALTER TABLE users DROP CONSTRAINT users_email_not_null;
