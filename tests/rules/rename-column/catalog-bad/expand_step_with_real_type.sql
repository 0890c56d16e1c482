-- With the live schema the expand step is rendered with the column's real type.
ALTER TABLE billing.invoices RENAME COLUMN "PdfUrl" TO pdf_url;
