-- corpus-expect: none
CREATE TABLE external_accounts (
    id bigserial PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    provider text NOT NULL,
    provider_uid text,
    CONSTRAINT external_accounts_provider_uid_key UNIQUE NULLS NOT DISTINCT (provider, provider_uid)
);
CREATE INDEX external_accounts_user_id_idx ON external_accounts (user_id);
