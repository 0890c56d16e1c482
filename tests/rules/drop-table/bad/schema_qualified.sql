DROP TABLE billing.old_invoices;
