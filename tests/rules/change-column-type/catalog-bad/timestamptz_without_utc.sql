-- No SET TimeZone = 'UTC' in this migration: the conversion depends on the session
-- time zone of whoever runs it, so assume the rewrite.
ALTER TABLE orders ALTER COLUMN placed_at TYPE timestamptz;
