-- Migration B of the two-migration pattern: migration A added users_email_present
-- NOT VALID. VALIDATE runs first in this transaction and only takes
-- SHARE UPDATE EXCLUSIVE, then SET NOT NULL needs no scan.
ALTER TABLE users VALIDATE CONSTRAINT users_email_present;
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
ALTER TABLE users DROP CONSTRAINT users_email_present;
