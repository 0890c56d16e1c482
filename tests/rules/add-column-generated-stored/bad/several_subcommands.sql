-- expect: 2
ALTER TABLE products
    ADD COLUMN sku text,
    ADD COLUMN name_lower text GENERATED ALWAYS AS (lower(name)) STORED,
    ADD COLUMN weight_kg numeric GENERATED ALWAYS AS (weight_grams / 1000.0) STORED;
