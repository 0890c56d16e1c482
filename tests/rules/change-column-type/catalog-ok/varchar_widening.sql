-- name is varchar(100) in the live schema: a longer limit is metadata-only.
ALTER TABLE customers ALTER COLUMN name TYPE varchar(255);
