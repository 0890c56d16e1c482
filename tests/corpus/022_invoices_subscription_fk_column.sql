-- corpus-expect: add-foreign-key
-- A new column without DEFAULT is all NULL: PostgreSQL skips the FK validation scan (first statement).
-- Any explicit DEFAULT, even DEFAULT NULL, makes it validate (verified PG15: "validating foreign
-- key constraint"), so the second statement scans invoices.
ALTER TABLE invoices ADD COLUMN subscription_id bigint REFERENCES subscriptions (id);
ALTER TABLE invoices ADD COLUMN refunded_invoice_id bigint DEFAULT NULL
    CONSTRAINT invoices_refunded_invoice_id_fkey REFERENCES invoices (id) ON DELETE SET NULL;
