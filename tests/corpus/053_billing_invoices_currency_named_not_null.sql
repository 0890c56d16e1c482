-- corpus-expect: add-column-not-null-no-default
ALTER TABLE billing.invoices
    ADD COLUMN currency text CONSTRAINT invoices_currency_nn NOT NULL,
    ADD COLUMN notes text;
