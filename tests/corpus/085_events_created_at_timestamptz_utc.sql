-- corpus-expect: change-column-type
-- Safe only if the old type is timestamp (with UTC); offline nobody knows the old type.
SET LOCAL TimeZone = 'UTC';
ALTER TABLE events ALTER COLUMN created_at TYPE timestamptz;
