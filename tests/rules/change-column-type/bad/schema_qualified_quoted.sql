-- Without schema knowledge the old type is unknown: assume a rewrite.
ALTER TABLE app."Products" ALTER COLUMN "Price" TYPE numeric(12, 2);
