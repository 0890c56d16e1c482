-- corpus-expect: drop-index-non-concurrently
DROP INDEX index_users_on_legacy_token;
