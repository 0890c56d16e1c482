-- corpus-expect: none
ALTER TABLE payments
    ADD CONSTRAINT payments_amount_positive CHECK (amount_cents > 0) NOT VALID;
ALTER TABLE "payments"
    ADD CONSTRAINT "payments_currency_iso" CHECK (char_length(currency) = 3) NOT VALID;
