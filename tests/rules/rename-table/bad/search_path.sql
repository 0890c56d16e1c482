SET search_path TO billing;
ALTER TABLE invoices_v1 RENAME TO invoices_2019;
