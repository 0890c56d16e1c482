-- pgmig:no-transaction
-- "a IS NOT NULL OR b IS NOT NULL" does not prove either column (verified on PG15).
ALTER TABLE users ADD CONSTRAINT users_contact_present
    CHECK (email IS NOT NULL OR display_name IS NOT NULL) NOT VALID;
ALTER TABLE users VALIDATE CONSTRAINT users_contact_present;
ALTER TABLE users ALTER COLUMN display_name SET NOT NULL;
