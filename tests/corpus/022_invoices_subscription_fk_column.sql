-- corpus-expect: none
-- A new column is all NULL: PostgreSQL skips the FK validation scan.
ALTER TABLE invoices ADD COLUMN subscription_id bigint REFERENCES subscriptions (id);
ALTER TABLE invoices ADD COLUMN refunded_invoice_id bigint DEFAULT NULL
    CONSTRAINT invoices_refunded_invoice_id_fkey REFERENCES invoices (id) ON DELETE SET NULL;
