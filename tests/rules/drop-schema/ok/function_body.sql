CREATE FUNCTION drop_tenant_schema(tenant text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('DROP SCHEMA %I CASCADE', tenant);
    DROP SCHEMA legacy CASCADE;
END
$$;
