ALTER TABLE billing."Invoices" RENAME TO invoices;
