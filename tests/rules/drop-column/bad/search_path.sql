SET search_path TO billing, public;
ALTER TABLE invoices DROP COLUMN pdf_blob;
