ALTER TABLE projects
    ADD CONSTRAINT projects_tenant_name_key UNIQUE (tenant_id, name) DEFERRABLE INITIALLY DEFERRED;
