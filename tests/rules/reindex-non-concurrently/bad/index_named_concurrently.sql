-- The index is *called* concurrently_idx; the rebuild is not concurrent.
REINDEX INDEX concurrently_idx;
