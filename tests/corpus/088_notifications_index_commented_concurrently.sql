-- corpus-expect: create-index-non-concurrently
-- "CONCURRENTLY" inside a comment is not the keyword.
CREATE INDEX /* CONCURRENTLY */ notifications_user_unread_idx
    ON notifications (user_id) WHERE read_at IS NULL;
