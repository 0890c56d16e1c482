-- corpus-expect: must-run-outside-transaction
REINDEX (CONCURRENTLY, VERBOSE) INDEX public.invoices_number_key;
