-- corpus-expect: rename-table, create-index-non-concurrently
ALTER TABLE favorites RENAME TO wishlist_entries;
CREATE INDEX wishlist_entries_created_at_idx ON wishlist_entries (created_at);
