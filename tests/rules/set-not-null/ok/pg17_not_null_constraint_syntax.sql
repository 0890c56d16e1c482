-- pg-version: 17
-- Before PostgreSQL 18 this is a syntax error on the server, not a table scan.
ALTER TABLE users ADD CONSTRAINT users_locale_not_null NOT NULL locale;
