-- expect: 2
ALTER TABLE users
    ADD COLUMN phone text,
    ADD CONSTRAINT users_phone_key UNIQUE (phone),
    ADD CONSTRAINT users_username_key2 UNIQUE USING INDEX users_username_key,
    ADD CONSTRAINT users_external_id_key UNIQUE (external_id);
