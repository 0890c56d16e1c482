-- corpus-expect: backfill-under-ddl-lock
-- The UPDATE runs while the ADD COLUMN's ACCESS EXCLUSIVE lock is still held.
ALTER TABLE users ADD COLUMN display_name text;
UPDATE users SET display_name = coalesce(full_name, split_part(email, '@', 1));
