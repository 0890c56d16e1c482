-- pg-version: 11
-- pgmig:no-transaction
-- Before PostgreSQL 12, SET NOT NULL always scans, even with a validated CHECK.
ALTER TABLE users ADD CONSTRAINT users_locale_nn CHECK (locale IS NOT NULL) NOT VALID;
ALTER TABLE users VALIDATE CONSTRAINT users_locale_nn;
ALTER TABLE users ALTER COLUMN locale SET NOT NULL;
