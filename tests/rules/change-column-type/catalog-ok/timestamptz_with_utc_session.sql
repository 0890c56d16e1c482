-- PostgreSQL 12+: with the session time zone at UTC, timestamptz -> timestamp and
-- timestamp -> timestamptz on an unindexed column are metadata-only.
SET LOCAL TimeZone = 'UTC';
ALTER TABLE customers ALTER COLUMN updated_at TYPE timestamp;
ALTER TABLE orders ALTER COLUMN placed_at TYPE timestamptz;
