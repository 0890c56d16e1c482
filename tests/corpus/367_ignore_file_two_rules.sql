-- corpus-expect: none
-- pgmig:ignore-file drop-table,drop-column legacy billing removed in release 60 after a 90-day freeze
DROP TABLE legacy_invoices;
ALTER TABLE customers DROP COLUMN legacy_billing_id;
