-- corpus-expect: set-not-null
-- corpus-pg-version: 18
-- PG18 syntax; without NOT VALID it verifies every row under ACCESS EXCLUSIVE.
ALTER TABLE users ADD CONSTRAINT users_phone_nn NOT NULL phone;
