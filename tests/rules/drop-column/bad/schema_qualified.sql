ALTER TABLE billing.invoices DROP COLUMN pdf_blob;
