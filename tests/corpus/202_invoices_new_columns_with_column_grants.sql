-- corpus-expect: none
ALTER TABLE invoices ADD COLUMN external_ref text;
ALTER TABLE invoices ADD COLUMN tax_cents bigint DEFAULT 0;
COMMENT ON COLUMN invoices.external_ref IS 'id in the accounting system';
GRANT SELECT (id, external_ref, tax_cents) ON invoices TO accounting_sync;
