CREATE SCHEMA shop;
CREATE TABLE shop.carts (id bigserial PRIMARY KEY, items integer NOT NULL DEFAULT 0);
ALTER TABLE shop.carts ADD COLUMN is_empty boolean GENERATED ALWAYS AS (items = 0) STORED;
