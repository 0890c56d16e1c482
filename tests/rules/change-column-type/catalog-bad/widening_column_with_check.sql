-- Metadata-only widening, but the CHECK on status is re-verified with a full scan
-- under ACCESS EXCLUSIVE (verified on PG15: "verifying table").
ALTER TABLE orders ALTER COLUMN status TYPE varchar(40);
