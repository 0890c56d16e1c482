ALTER TABLE customers ALTER COLUMN last_seen_at TYPE timestamp(6);
