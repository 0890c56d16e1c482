-- pgmig:ignore create-index-non-concurrently customers has 40 rows in production
CREATE INDEX customers_name_idx ON customers (name);
