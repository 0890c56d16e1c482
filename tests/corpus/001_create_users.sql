-- corpus-expect: none
-- Initial users table for the accounts service.
CREATE TABLE users (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL,
    encrypted_password text NOT NULL,
    full_name text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX index_users_on_lower_email ON users (lower(email));
CREATE INDEX index_users_on_created_at ON users (created_at);

COMMENT ON TABLE users IS 'People who can sign in.';
COMMENT ON COLUMN users.encrypted_password IS 'bcrypt hash, never the password itself';
