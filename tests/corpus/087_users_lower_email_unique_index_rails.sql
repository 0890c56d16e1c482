-- corpus-expect: create-index-non-concurrently
CREATE UNIQUE INDEX IF NOT EXISTS "index_users_on_lower_email" ON "users" (lower("email")) WHERE "deleted_at" IS NULL;
