-- A USING expression that computes values always rewrites, even to the same type.
ALTER TABLE customers ALTER COLUMN name TYPE varchar(100) USING trim(name);
