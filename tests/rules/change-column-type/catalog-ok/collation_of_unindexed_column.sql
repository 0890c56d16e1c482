-- notes has no index: a new collation changes only the catalog.
ALTER TABLE orders ALTER COLUMN notes TYPE text COLLATE "C";
