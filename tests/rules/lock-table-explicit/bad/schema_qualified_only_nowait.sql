LOCK TABLE ONLY billing.invoices IN EXCLUSIVE MODE NOWAIT;
UPDATE billing.invoices SET amount = round(amount, 2);
