-- None of these changes a column's type.
ALTER TABLE customers ALTER COLUMN name SET DEFAULT 'anonymous';
ALTER TABLE customers ALTER COLUMN email SET STATISTICS 1000;
ALTER TABLE customers ALTER COLUMN preferences SET STORAGE EXTERNAL;
ALTER TABLE customers ALTER COLUMN name DROP DEFAULT;
