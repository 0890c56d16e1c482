-- The column was added above as varchar(50); shrinking it rewrites the whole table
-- (and would fail on longer values).
ALTER TABLE customers ADD COLUMN nickname varchar(50);
ALTER TABLE customers ALTER COLUMN nickname TYPE varchar(20);
