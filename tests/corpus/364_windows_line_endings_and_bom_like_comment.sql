-- corpus-expect: rename-column
-- Generated on Windows.
ALTER TABLE invoices RENAME COLUMN vat TO vat_cents;
