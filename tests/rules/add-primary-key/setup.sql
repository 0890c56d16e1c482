-- Existing schema for add-primary-key: tables that were created without a primary key.
CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE SCHEMA app;

CREATE TABLE page_views (
    id bigint,                              -- nullable: filled by the application
    url text NOT NULL,
    viewed_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE memberships (
    user_id bigint NOT NULL,
    group_id bigint NOT NULL,
    role text NOT NULL DEFAULT 'member'
);

CREATE TABLE audit_entries (
    action text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE app."Sessions" (
    "Token" text NOT NULL,
    "UserId" bigint NOT NULL
);

-- Built CONCURRENTLY by an earlier migration, waiting to be attached.
CREATE TABLE tags (
    id bigint NOT NULL,
    name text NOT NULL
);
CREATE UNIQUE INDEX tags_pkey ON tags (id);

INSERT INTO page_views (id, url) VALUES (1, '/'), (2, '/pricing');
INSERT INTO memberships VALUES (1, 1, 'owner');
INSERT INTO audit_entries (action) VALUES ('login');
INSERT INTO app."Sessions" VALUES ('tok_1', 1);
INSERT INTO tags VALUES (1, 'postgres');
