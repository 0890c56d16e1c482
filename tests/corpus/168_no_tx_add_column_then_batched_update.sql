-- corpus-expect: none
-- pgmig:no-transaction
-- Each statement autocommits: the ADD COLUMN's lock is released before the backfill starts.
ALTER TABLE users ADD COLUMN IF NOT EXISTS marketing_opt_in boolean;
UPDATE users SET marketing_opt_in = false
 WHERE id IN (SELECT id FROM users WHERE marketing_opt_in IS NULL ORDER BY id LIMIT 10000);
UPDATE users SET marketing_opt_in = false
 WHERE id IN (SELECT id FROM users WHERE marketing_opt_in IS NULL ORDER BY id LIMIT 10000);
