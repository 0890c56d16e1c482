-- pg-version: 11
-- Before PostgreSQL 12 this conversion always rewrote the table.
SET LOCAL TimeZone = 'UTC';
ALTER TABLE customers ALTER COLUMN updated_at TYPE timestamp;
