-- corpus-expect: add-column-default-rewrite
-- next_invoice_number() was created by an earlier migration: its volatility is unknown here.
ALTER TABLE invoices ADD COLUMN legal_number text DEFAULT next_invoice_number();
