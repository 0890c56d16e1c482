-- The index is *called* concurrently_idx; the drop is not concurrent.
DROP INDEX concurrently_idx;
