-- The ADD COLUMN locks orders, not users: the VALIDATE of users' constraint still
-- runs without a write-blocking lock on users, so the proof holds.
ALTER TABLE orders ADD COLUMN note text;
ALTER TABLE users VALIDATE CONSTRAINT users_email_present;
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
