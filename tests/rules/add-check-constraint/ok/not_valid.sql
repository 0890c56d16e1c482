-- Step 1 of the safe pattern: instant, existing rows are not checked.
ALTER TABLE accounts ADD CONSTRAINT accounts_balance_non_negative CHECK (balance >= 0) NOT VALID;
