-- corpus-expect: none
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
CREATE POLICY documents_tenant_isolation ON documents
    USING (tenant_id = current_setting('app.tenant_id')::bigint);
ALTER TABLE documents REPLICA IDENTITY FULL;
