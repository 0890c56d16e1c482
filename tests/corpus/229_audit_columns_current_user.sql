-- corpus-expect: none
ALTER TABLE invoices
    ADD COLUMN created_by text DEFAULT current_user,
    ADD COLUMN created_at_precise timestamptz(0) DEFAULT CURRENT_TIMESTAMP(0),
    ADD COLUMN created_txid bigint DEFAULT txid_current();
