-- corpus-expect: create-index-non-concurrently
-- The backfill is accepted on purpose (tiny table); the index is not covered by the ignore.
ALTER TABLE plans ADD COLUMN sort_order integer;
-- pgmig:ignore backfill-under-ddl-lock plans has 12 rows
UPDATE plans SET sort_order = id;
CREATE INDEX plans_sort_order_idx ON plans (sort_order);
