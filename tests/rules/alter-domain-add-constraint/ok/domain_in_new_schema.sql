CREATE SCHEMA catalog;
CREATE DOMAIN catalog.sku AS text;
ALTER DOMAIN catalog.sku ADD CONSTRAINT sku_not_blank CHECK (VALUE <> '');
