ALTER TABLE customers ADD COLUMN tier text;
UPDATE billing.invoices SET currency = 'EUR' WHERE currency IS NULL;
