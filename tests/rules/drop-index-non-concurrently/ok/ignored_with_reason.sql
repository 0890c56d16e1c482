-- The lookup table has 40 rows; a plain DROP INDEX is fine here.
-- pgmig:ignore drop-index-non-concurrently orders_status_idx sits on a tiny table in this schema
DROP INDEX orders_status_idx;
