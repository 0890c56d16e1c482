-- pg-version: 18
ALTER TABLE accounts ADD CONSTRAINT accounts_balance_cap CHECK (balance < 1000000000) ENFORCED;
