-- pg-version: 18
-- PostgreSQL 18: a NOT NULL constraint can be added NOT VALID (instant) and validated later.
ALTER TABLE users ADD CONSTRAINT users_locale_not_null NOT NULL locale NOT VALID;
