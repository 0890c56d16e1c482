-- A NOT VALID check proves nothing: SET NOT NULL still scans the whole table.
ALTER TABLE billing.invoices
    ADD CONSTRAINT invoices_currency_nn CHECK (currency IS NOT NULL) NOT VALID;
ALTER TABLE billing.invoices ALTER COLUMN currency SET NOT NULL;
