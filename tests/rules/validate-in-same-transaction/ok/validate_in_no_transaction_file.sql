-- pgmig:no-transaction
-- Each statement commits on its own: the ADD's lock is released before VALIDATE starts.
ALTER TABLE accounts ADD CONSTRAINT accounts_balance_cap CHECK (balance < 1000000) NOT VALID;
ALTER TABLE accounts VALIDATE CONSTRAINT accounts_balance_cap;
