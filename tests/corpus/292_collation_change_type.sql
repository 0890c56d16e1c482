-- corpus-expect: change-column-type
-- A collation change rebuilds every index on the column under ACCESS EXCLUSIVE.
ALTER TABLE tags ALTER COLUMN name TYPE text COLLATE "C";
