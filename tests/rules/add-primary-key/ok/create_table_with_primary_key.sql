CREATE TABLE app.api_clients (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL
);
CREATE TABLE app.client_scopes (
    client_id bigint NOT NULL REFERENCES app.api_clients (id),
    scope text NOT NULL,
    CONSTRAINT client_scopes_pkey PRIMARY KEY (client_id, scope)
);
