-- pgmig:no-transaction
-- Index for the front page (down).

DROP INDEX CONCURRENTLY IF EXISTS posts_published_at_idx;
