ALTER TABLE products
    ADD COLUMN price_with_tax numeric GENERATED ALWAYS AS (price * 1.25) STORED;
