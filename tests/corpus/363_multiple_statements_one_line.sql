-- corpus-expect: drop-index-non-concurrently, create-index-non-concurrently
DROP INDEX users_email_idx; CREATE UNIQUE INDEX users_email_key ON users (email);
