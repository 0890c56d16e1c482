CREATE DOMAIN app."Rating" AS smallint CHECK (VALUE BETWEEN 1 AND 5);
ALTER TABLE app."Products" ADD COLUMN "Rating" app."Rating";
