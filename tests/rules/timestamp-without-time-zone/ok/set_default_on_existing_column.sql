ALTER TABLE orders ALTER COLUMN paid_at SET DEFAULT now();
ALTER TABLE billing.invoices ADD COLUMN issued_at timestamptz;
