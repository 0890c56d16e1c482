CREATE DOMAIN sku AS text;
ALTER DOMAIN sku ADD CONSTRAINT sku_format CHECK (VALUE ~ '^[A-Z]{3}-[0-9]+$');
ALTER DOMAIN sku SET NOT NULL;
CREATE TABLE products (id bigint PRIMARY KEY, code sku);
