SET search_path TO billing, public;
CREATE TABLE credit_notes (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    invoice_id  bigint NOT NULL REFERENCES billing.invoices (id)
);
CREATE INDEX credit_notes_invoice_id_idx ON billing.credit_notes (invoice_id);
