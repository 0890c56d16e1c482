CREATE TABLE app.invitations (
    id bigserial PRIMARY KEY,
    email text NOT NULL UNIQUE,
    token text NOT NULL
);
ALTER TABLE app.invitations ADD CONSTRAINT invitations_token_key UNIQUE (token);
ALTER TABLE app.invitations ADD COLUMN code text UNIQUE;

CREATE TABLE projects_archive AS SELECT * FROM projects WITH NO DATA;
ALTER TABLE projects_archive ADD UNIQUE (tenant_id, slug);
