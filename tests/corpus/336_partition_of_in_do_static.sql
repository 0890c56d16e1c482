-- corpus-expect: partition-attach-locks-parent
DO $$
BEGIN
    IF to_regclass('public.invoices_2027') IS NULL THEN
        CREATE TABLE invoices_2027 PARTITION OF invoices FOR VALUES FROM ('2027-01-01') TO ('2028-01-01');
    END IF;
END
$$;
