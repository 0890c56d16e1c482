ALTER TABLE customers ALTER COLUMN country TYPE char(3);
