-- corpus-expect: add-column-default-rewrite
-- corpus-pg-version: 10
-- Before PostgreSQL 11 every non-NULL default rewrites the table.
ALTER TABLE users ADD COLUMN is_admin boolean NOT NULL DEFAULT false;
