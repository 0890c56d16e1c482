ALTER TABLE projects ADD UNIQUE (tenant_id, slug);
