ALTER TABLE users ADD CONSTRAINT users_tenant_external_id_key UNIQUE NULLS NOT DISTINCT (tenant_id, external_id);
