-- The new column is all NULL, but the unique index is still built under ACCESS EXCLUSIVE.
ALTER TABLE users ADD COLUMN sso_subject text UNIQUE;
