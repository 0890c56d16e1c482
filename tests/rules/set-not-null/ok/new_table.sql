CREATE TABLE api_keys (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id bigint REFERENCES users (id),
    token_hash text
);
-- The table was created above: nobody else can see it yet.
ALTER TABLE api_keys ALTER COLUMN user_id SET NOT NULL;
ALTER TABLE public.api_keys ALTER COLUMN token_hash SET NOT NULL;
