-- corpus-expect: none
-- Volatile defaults on a NEW table cost nothing: there are no rows to fill.
CREATE TABLE magic_links (
    token uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    nonce text NOT NULL DEFAULT md5(random()::text),
    created_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
ALTER TABLE magic_links ADD COLUMN seq bigserial;
ALTER TABLE magic_links ADD COLUMN short_code text NOT NULL DEFAULT substr(md5(random()::text), 1, 8);
CREATE INDEX magic_links_user_id_idx ON magic_links (user_id);
