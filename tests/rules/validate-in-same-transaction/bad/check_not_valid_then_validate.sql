-- The whole file is one transaction: the ACCESS EXCLUSIVE lock from the ADD is still held
-- while VALIDATE scans the table, so NOT VALID bought nothing.
ALTER TABLE accounts ADD CONSTRAINT accounts_balance_cap CHECK (balance < 1000000) NOT VALID;
ALTER TABLE accounts VALIDATE CONSTRAINT accounts_balance_cap;
