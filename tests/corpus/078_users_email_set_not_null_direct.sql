-- corpus-expect: set-not-null
UPDATE users SET email = lower(email) WHERE email <> lower(email);
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
