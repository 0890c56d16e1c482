ALTER TABLE app."Products" ALTER COLUMN "Price" TYPE numeric(12, 4);
