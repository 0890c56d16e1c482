-- corpus-expect: none
COMMENT ON TABLE invoices IS 'One row per issued invoice. Never UPDATE after issued_at is set; DROP nothing.';
COMMENT ON COLUMN invoices.total_cents IS 'Gross total in the smallest currency unit';
COMMENT ON COLUMN invoices.issued_at IS 'TRUNCATE-safe? no. Immutable once set.';
COMMENT ON INDEX invoices_number_key IS 'Invoice numbers are unique per legal entity';
