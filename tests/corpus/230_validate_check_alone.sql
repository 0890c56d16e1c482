-- corpus-expect: none
ALTER TABLE payments VALIDATE CONSTRAINT payments_amount_positive;
ALTER TABLE payments VALIDATE CONSTRAINT "payments_currency_iso";
