-- Even at UTC, timestamp -> timestamptz rebuilds every index on the column
-- (different operator class; verified on PG15) under ACCESS EXCLUSIVE.
SET LOCAL TimeZone = 'UTC';
ALTER TABLE customers ALTER COLUMN created_at TYPE timestamptz;
