-- corpus-expect: none
CREATE OR REPLACE FUNCTION admin_purge_tenant(p_tenant bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $fn$
BEGIN
    DELETE FROM documents WHERE tenant_id = p_tenant;
    EXECUTE format('DROP SCHEMA IF EXISTS %I CASCADE', 'tenant_' || p_tenant);
    EXECUTE 'ALTER TABLE documents DROP COLUMN IF EXISTS legacy_blob';
END
$fn$;
REVOKE ALL ON FUNCTION admin_purge_tenant(bigint) FROM PUBLIC;
