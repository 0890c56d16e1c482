SET search_path = app;
ALTER TABLE "LineItems" ADD COLUMN "LineNo" smallserial;
