DO $do$
BEGIN
    EXECUTE 'ALTER TABLE billing.invoices ALTER COLUMN issued_at SET NOT NULL';
END
$do$;
