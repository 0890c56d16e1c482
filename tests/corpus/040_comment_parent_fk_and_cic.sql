-- corpus-expect: none
-- pgmig:no-transaction
ALTER TABLE comments ADD COLUMN IF NOT EXISTS parent_id bigint REFERENCES comments (id) ON DELETE CASCADE;
CREATE INDEX CONCURRENTLY IF NOT EXISTS comments_parent_id_idx ON comments (parent_id);
