DO $$
BEGIN
    EXECUTE 'CREATE INDEX invoices_number_idx ON billing.invoices (number)';
END
$$;
