DO $$
BEGIN
    EXECUTE 'DROP TABLE IF EXISTS billing.old_invoices';
END
$$;
