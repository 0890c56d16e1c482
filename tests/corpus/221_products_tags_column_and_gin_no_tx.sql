-- corpus-expect: none
-- pgmig:no-transaction
ALTER TABLE products ADD COLUMN IF NOT EXISTS tags text[] NOT NULL DEFAULT '{}';
CREATE INDEX CONCURRENTLY IF NOT EXISTS products_tags_gin_idx ON products USING gin (tags);
