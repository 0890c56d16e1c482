CREATE FUNCTION archive_exports() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    ALTER TABLE legacy_exports SET SCHEMA archive;
    EXECUTE 'ALTER TABLE orders RENAME TO sales_orders';
END
$$;
