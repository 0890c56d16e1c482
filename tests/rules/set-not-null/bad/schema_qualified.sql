ALTER TABLE billing.invoices
    ALTER COLUMN customer_id SET NOT NULL;
