-- pg-version: 10
-- Before PostgreSQL 11 every non-NULL default is written into every row.
ALTER TABLE orders ADD COLUMN priority integer NOT NULL DEFAULT 0;
