-- corpus-expect: backfill-under-ddl-lock
UPDATE carts SET status = 'open' WHERE status IS NULL;
ALTER TABLE carts ALTER COLUMN status SET DEFAULT 'open';
UPDATE carts SET status = 'abandoned' WHERE status = 'open' AND updated_at < now() - interval '30 days';
