-- pgmig:no-transaction
ALTER TABLE users DROP CONSTRAINT IF EXISTS users_email_key;
DROP INDEX CONCURRENTLY IF EXISTS users_username_key;
