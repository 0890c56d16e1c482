SET search_path TO billing;
ALTER TABLE invoices RENAME "PdfUrl" TO pdf_url;
