CREATE FUNCTION drop_legacy_columns() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    ALTER TABLE orders DROP COLUMN legacy_status;
    EXECUTE 'ALTER TABLE billing.invoices DROP COLUMN pdf_blob';
END
$$;
