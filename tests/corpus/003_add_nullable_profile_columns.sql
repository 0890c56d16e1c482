-- corpus-expect: none
ALTER TABLE users
    ADD COLUMN last_sign_in_at timestamptz,
    ADD COLUMN locale text,
    ADD COLUMN time_zone text DEFAULT 'UTC';

COMMENT ON COLUMN users.locale IS 'BCP 47 tag, NULL = browser default';
