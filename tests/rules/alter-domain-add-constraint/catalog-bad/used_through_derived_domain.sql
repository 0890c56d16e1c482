-- catalog_items.code has type product_sku, a domain over sku_base: SHARE lock on catalog_items too.
ALTER DOMAIN sku_base ADD CONSTRAINT sku_base_not_blank CHECK (VALUE <> '');
