CREATE FUNCTION drop_export_table(name text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    DROP TABLE legacy_exports;
    EXECUTE format('DROP TABLE IF EXISTS %I', name);
END
$$;
