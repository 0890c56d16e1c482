-- pg-version: 18
-- PostgreSQL 18: a named NOT NULL constraint without NOT VALID scans like SET NOT NULL.
ALTER TABLE users ADD CONSTRAINT users_locale_not_null NOT NULL locale;
