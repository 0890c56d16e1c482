-- corpus-expect: none
-- pgmig: no-transaction
CREATE INDEX CONCURRENTLY IF NOT EXISTS invoices_due_at_idx ON invoices (due_at) WHERE paid_at IS NULL;
