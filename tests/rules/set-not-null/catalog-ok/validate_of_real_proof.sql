-- The catalog confirms users_email_present is CHECK (email IS NOT NULL).
ALTER TABLE users VALIDATE CONSTRAINT users_email_present;
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
