-- ADD COLUMN then SET DEFAULT in one ALTER TABLE: existing rows stay NULL, nothing is rewritten.
ALTER TABLE orders
    ADD COLUMN sort_key double precision,
    ALTER COLUMN sort_key SET DEFAULT random();
