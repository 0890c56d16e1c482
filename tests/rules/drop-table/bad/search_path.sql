SET search_path TO billing;
DROP TABLE old_invoices;
