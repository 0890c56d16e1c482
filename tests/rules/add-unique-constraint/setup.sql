-- Existing schema for add-unique-constraint: users, projects, a mixed-case schema.
CREATE SCHEMA app;

CREATE TABLE users (
    id bigserial PRIMARY KEY,
    email text NOT NULL,
    username text,
    tenant_id bigint NOT NULL,
    external_id text
);

CREATE TABLE projects (
    id bigserial PRIMARY KEY,
    tenant_id bigint NOT NULL,
    slug text NOT NULL,
    name text NOT NULL
);

CREATE TABLE app."ApiKeys" (
    "Id" bigint PRIMARY KEY,
    "Token" text NOT NULL,
    "UserId" bigint NOT NULL
);

-- Built CONCURRENTLY by an earlier migration, waiting to be attached.
CREATE UNIQUE INDEX users_username_key ON users (username);

INSERT INTO users (email, username, tenant_id, external_id)
    VALUES ('ada@example.com', 'ada', 1, 'ext-1'), ('grace@example.com', 'grace', 1, 'ext-2');
INSERT INTO projects (tenant_id, slug, name) VALUES (1, 'apollo', 'Apollo');
INSERT INTO app."ApiKeys" VALUES (1, 'tok_1', 1);
