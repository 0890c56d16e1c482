-- corpus-expect: none
-- A domain without constraints is just a type alias: no rewrite.
CREATE DOMAIN sku_code AS text;
ALTER TABLE products ADD COLUMN sku sku_code;
