-- The index was built CONCURRENTLY by an earlier migration: attaching it is a catalog change.
ALTER TABLE users ADD CONSTRAINT users_username_key UNIQUE USING INDEX users_username_key;
