ALTER TABLE app."Payments" ADD COLUMN "Fee" app.positive_amount;
ALTER DOMAIN app.positive_amount VALIDATE CONSTRAINT positive_amount_check;
