-- corpus-expect: none
CREATE SEQUENCE IF NOT EXISTS invoice_number_seq START 100000;
ALTER TABLE invoices ALTER COLUMN number SET DEFAULT 'INV-' || nextval('invoice_number_seq')::text;
ALTER SEQUENCE invoice_number_seq OWNED BY invoices.number;
