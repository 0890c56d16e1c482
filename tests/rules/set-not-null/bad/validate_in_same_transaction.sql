-- All three run in the runner's single transaction: the VALIDATE scan runs while the
-- ACCESS EXCLUSIVE lock from the ADD is still held, so nothing was gained.
ALTER TABLE users ADD CONSTRAINT users_locale_nn CHECK (locale IS NOT NULL) NOT VALID;
ALTER TABLE users VALIDATE CONSTRAINT users_locale_nn;
ALTER TABLE users ALTER COLUMN locale SET NOT NULL;
