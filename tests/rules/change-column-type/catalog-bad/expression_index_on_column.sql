-- varchar(30) -> varchar(60) keeps the rows, but the index on lower(display_name) is rebuilt
-- under ACCESS EXCLUSIVE (verified on PG15: any type change rebuilds expression and partial
-- indexes that use the column).
ALTER TABLE customers ALTER COLUMN display_name TYPE varchar(60);
