-- pgmig:no-transaction
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS projects_tenant_slug_idx ON projects (tenant_id, slug);
