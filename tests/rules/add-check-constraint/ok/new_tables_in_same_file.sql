CREATE TABLE app.budgets (
    id bigserial PRIMARY KEY,
    amount numeric(14, 2) NOT NULL CHECK (amount >= 0)
);
ALTER TABLE app.budgets ADD CONSTRAINT budgets_amount_cap CHECK (amount < 1000000);
ALTER TABLE app.budgets ADD COLUMN year integer CHECK (year > 2000);

CREATE TABLE accounts_2024 AS SELECT * FROM accounts WHERE false;
ALTER TABLE accounts_2024 ADD CHECK (balance >= 0);
