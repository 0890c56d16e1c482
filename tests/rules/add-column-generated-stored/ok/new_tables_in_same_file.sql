CREATE TABLE app.invoices (
    id bigserial PRIMARY KEY,
    net numeric(12, 2) NOT NULL,
    gross numeric(12, 2) GENERATED ALWAYS AS (net * 1.2) STORED
);
ALTER TABLE app.invoices ADD COLUMN vat numeric(12, 2) GENERATED ALWAYS AS (net * 0.2) STORED;

CREATE TABLE products_staging AS SELECT * FROM products WITH NO DATA;
ALTER TABLE products_staging ADD COLUMN name_lower text GENERATED ALWAYS AS (lower(name)) STORED;
