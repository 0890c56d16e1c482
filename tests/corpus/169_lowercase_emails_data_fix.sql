-- corpus-expect: none
-- Data-only migration: no DDL lock is held.
UPDATE users SET email = lower(email) WHERE email <> lower(email);
UPDATE customers SET email = lower(email) WHERE email <> lower(email);
