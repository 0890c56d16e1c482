-- Arrays are converted element by element: varchar(20)[] -> text[] rewrites the table.
ALTER TABLE customers ALTER COLUMN tags TYPE text[];
