-- corpus-expect: none
-- pgmig:no-transaction
-- @disable_ddl_transaction true / @disable_migration_lock true
CREATE INDEX CONCURRENTLY "accounts_referrer_index" ON "accounts" ("referrer");
