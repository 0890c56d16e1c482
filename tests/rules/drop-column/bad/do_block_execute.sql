DO $$
BEGIN
    EXECUTE 'ALTER TABLE billing.invoices DROP COLUMN pdf_blob';
END
$$;
