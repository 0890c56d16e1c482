-- corpus-expect: add-unique-constraint
ALTER TABLE app.workspaces
    ADD CONSTRAINT workspaces_tenant_slug_key UNIQUE NULLS NOT DISTINCT (tenant_id, slug)
    DEFERRABLE INITIALLY IMMEDIATE;
