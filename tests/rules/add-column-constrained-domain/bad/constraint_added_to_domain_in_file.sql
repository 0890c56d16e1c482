CREATE DOMAIN app.sku AS text;
ALTER DOMAIN app.sku ADD CONSTRAINT sku_format CHECK (VALUE ~ '^[A-Z]{3}-[0-9]+$') NOT VALID;
ALTER TABLE app."Products" ADD COLUMN "Sku" app.sku;
