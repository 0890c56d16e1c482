ALTER TABLE customers ALTER COLUMN tier TYPE bigint;
