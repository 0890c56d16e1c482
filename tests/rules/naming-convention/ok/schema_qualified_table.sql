CREATE INDEX idx_invoices_order_id ON billing.invoices (order_id);
ALTER TABLE billing.invoices ADD CONSTRAINT unq_invoices_number UNIQUE (number);
