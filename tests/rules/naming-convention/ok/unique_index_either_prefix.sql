CREATE UNIQUE INDEX unq_customers_email ON customers (email);
CREATE UNIQUE INDEX idx_invoices_number ON billing.invoices (number);
