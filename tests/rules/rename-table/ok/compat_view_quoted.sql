ALTER TABLE billing."Invoices" RENAME TO invoices;
CREATE VIEW billing."Invoices" AS SELECT * FROM billing.invoices;
