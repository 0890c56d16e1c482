SET search_path = app, public;
ALTER TABLE "Sessions" ADD COLUMN "Id" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;
