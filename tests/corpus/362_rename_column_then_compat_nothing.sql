-- corpus-expect: rename-column, add-column-generated-stored
-- A stored generated column with the old name does not make the rename safe: it is a rewrite.
ALTER TABLE products RENAME COLUMN price TO price_cents;
ALTER TABLE products ADD COLUMN price bigint GENERATED ALWAYS AS (price_cents) STORED;
