CREATE TABLE app.ledger (id bigserial PRIMARY KEY, amount numeric NOT NULL);
ALTER TABLE app.ledger ADD CONSTRAINT ledger_amount_nonzero CHECK (amount <> 0) NOT VALID;
ALTER TABLE app.ledger VALIDATE CONSTRAINT ledger_amount_nonzero;
