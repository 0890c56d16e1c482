-- Every user must have an email from now on.
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
