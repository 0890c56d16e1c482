-- pgmig:no-transaction
ALTER TABLE billing.invoices
    ADD CONSTRAINT invoices_customer_id_nn CHECK (customer_id IS NOT NULL) NOT VALID;

BEGIN;
ALTER TABLE billing.invoices VALIDATE CONSTRAINT invoices_customer_id_nn;
ALTER TABLE billing.invoices ALTER COLUMN customer_id SET NOT NULL;
COMMIT;
