-- corpus-expect: none
-- corpus-pg-version: 18
-- PG18 virtual generated columns are computed on read: no rewrite.
ALTER TABLE people ADD COLUMN full_name text GENERATED ALWAYS AS (first_name || ' ' || last_name) VIRTUAL;
ALTER TABLE people ADD COLUMN initials text GENERATED ALWAYS AS (left(first_name, 1) || left(last_name, 1));
