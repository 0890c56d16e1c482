-- corpus-expect: none
SELECT id, email, created_at INTO TABLE users_snapshot_2026 FROM users;
CREATE INDEX users_snapshot_2026_email_idx ON users_snapshot_2026 (email);
ALTER TABLE users_snapshot_2026 ADD PRIMARY KEY (id);
