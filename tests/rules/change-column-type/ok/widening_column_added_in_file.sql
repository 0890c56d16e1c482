-- The column was added above as varchar(50): widening it is metadata-only.
ALTER TABLE customers ADD COLUMN nickname varchar(50);
ALTER TABLE customers ALTER COLUMN nickname TYPE varchar(80);
ALTER TABLE customers ALTER COLUMN nickname TYPE text;
