-- An opaque reference for the accounting export.
ALTER TABLE app."Invoices" ADD COLUMN "ExternalRef" text DEFAULT md5(random()::text);
