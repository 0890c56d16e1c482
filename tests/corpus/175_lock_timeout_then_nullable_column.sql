-- corpus-expect: none
SET LOCAL lock_timeout = '3s';
SET LOCAL statement_timeout = '30s';
ALTER TABLE invoices ADD COLUMN pdf_url text;
ALTER TABLE invoices ADD COLUMN voided_at timestamptz;
