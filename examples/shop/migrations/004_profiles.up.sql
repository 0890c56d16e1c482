-- Profiles: at most one per user (1:1, enforced by the UNIQUE foreign key).

CREATE TABLE profiles (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- UNIQUE makes the relationship 1:1, and its index serves the foreign key
    user_id bigint NOT NULL UNIQUE REFERENCES users (id) ON DELETE CASCADE,
    bio text,
    birth_date date,
    avatar_url text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT profiles_bio_check CHECK (length(bio) <= 2000),
    CONSTRAINT profiles_birth_date_check CHECK (birth_date >= DATE '1900-01-01'),
    CONSTRAINT profiles_avatar_url_check CHECK (avatar_url ~ '^https://')
);

CREATE TRIGGER profiles_set_updated_at
    BEFORE UPDATE ON profiles
    FOR EACH ROW EXECUTE FUNCTION set_updated_at();
