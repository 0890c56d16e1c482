-- corpus-expect: add-column-default-rewrite
-- corpus-pg-version: 10
ALTER TABLE users ADD COLUMN imported_at timestamptz DEFAULT now();
