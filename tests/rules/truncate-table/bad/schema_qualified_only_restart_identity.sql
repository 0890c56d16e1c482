TRUNCATE ONLY billing.invoice_lines RESTART IDENTITY;
