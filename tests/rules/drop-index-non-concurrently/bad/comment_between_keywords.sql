-- A comment that says CONCURRENTLY is not the keyword.
DROP INDEX /* CONCURRENTLY */ orders_status_idx;
