-- numeric(10,2) -> numeric(14,2) keeps the scale: no rewrite.
ALTER TABLE app."Products" ALTER COLUMN "Price" TYPE numeric(14, 2);
ALTER TABLE customers ALTER COLUMN balance TYPE numeric;
