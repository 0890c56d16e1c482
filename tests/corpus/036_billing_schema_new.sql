-- corpus-expect: none
CREATE SCHEMA IF NOT EXISTS billing;

CREATE TABLE billing.invoices (
    id bigint GENERATED ALWAYS AS IDENTITY,
    account_id bigint NOT NULL,
    number text NOT NULL,
    issued_at timestamptz,
    total_cents bigint NOT NULL
);

ALTER TABLE billing.invoices ADD PRIMARY KEY (id);
ALTER TABLE billing.invoices ADD CONSTRAINT invoices_number_key UNIQUE (number);
ALTER TABLE billing.invoices ADD CONSTRAINT invoices_account_fk FOREIGN KEY (account_id) REFERENCES public.accounts (id);
CREATE INDEX invoices_account_id_idx ON billing.invoices (account_id);
