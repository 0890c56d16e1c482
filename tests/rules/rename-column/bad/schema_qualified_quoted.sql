ALTER TABLE billing.invoices RENAME COLUMN "PdfUrl" TO pdf_url;
