-- pgmig:no-transaction
-- Index for the front page: published posts, newest first.
--
-- posts already holds data in production, so the index is built CONCURRENTLY (writes go on
-- during the build), which cannot run inside a transaction.

CREATE INDEX CONCURRENTLY IF NOT EXISTS posts_published_at_idx
    ON posts (published_at DESC)
    WHERE status = 'published';
