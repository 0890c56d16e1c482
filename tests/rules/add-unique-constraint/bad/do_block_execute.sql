DO $$
BEGIN
    EXECUTE 'ALTER TABLE projects ADD CONSTRAINT projects_slug_key UNIQUE (tenant_id, slug)';
END
$$;
