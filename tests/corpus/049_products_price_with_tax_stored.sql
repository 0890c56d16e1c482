-- corpus-expect: add-column-generated-stored
ALTER TABLE products
    ADD COLUMN price_with_tax numeric(12, 2) GENERATED ALWAYS AS (round(price * 1.19, 2)) STORED;
COMMENT ON COLUMN products.price_with_tax IS 'computed, German VAT';
