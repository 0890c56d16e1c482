-- Same type, new collation: every index on the column is rebuilt under ACCESS EXCLUSIVE.
ALTER TABLE customers ALTER COLUMN email TYPE text COLLATE "C";
