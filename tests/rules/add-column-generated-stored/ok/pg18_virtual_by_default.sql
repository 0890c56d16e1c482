-- pg-version: 18
-- On PostgreSQL 18 a generated column without STORED is VIRTUAL: metadata only.
ALTER TABLE products ADD COLUMN name_lower text GENERATED ALWAYS AS (lower(name));
