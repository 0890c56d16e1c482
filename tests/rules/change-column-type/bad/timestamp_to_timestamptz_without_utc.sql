-- Converting timestamp to timestamptz without a UTC session time zone rewrites the table.
SET LOCAL TimeZone = 'Europe/Berlin';
ALTER TABLE orders ALTER COLUMN placed_at TYPE timestamptz;
