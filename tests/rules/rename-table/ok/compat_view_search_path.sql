SET search_path TO billing;
ALTER TABLE invoices_v1 RENAME TO invoices_2019;
CREATE VIEW invoices_v1 AS SELECT * FROM invoices_2019;
