-- corpus-expect: backfill-under-ddl-lock
-- The FOREIGN KEY to users holds SHARE ROW EXCLUSIVE on users until commit, so the version bump
-- (an UPDATE of an existing table) runs under a write-blocking lock, as in 405.
-- Running upgrade 3f1a2b4c5d6e -> 4a5b6c7d8e9f, add user preferences
CREATE TABLE user_preferences (
    user_id INTEGER NOT NULL,
    key VARCHAR(64) NOT NULL,
    value JSONB,
    PRIMARY KEY (user_id, key),
    FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX ix_user_preferences_key ON user_preferences (key);
UPDATE alembic_version SET version_num='4a5b6c7d8e9f' WHERE alembic_version.version_num = '3f1a2b4c5d6e';
