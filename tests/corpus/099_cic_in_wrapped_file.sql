-- corpus-expect: must-run-outside-transaction
-- Forgot the no-transaction marker: the runner wraps this in BEGIN and the server refuses.
CREATE INDEX CONCURRENTLY IF NOT EXISTS invoices_customer_id_idx ON invoices (customer_id);
