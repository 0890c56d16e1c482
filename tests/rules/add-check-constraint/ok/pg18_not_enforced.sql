-- pg-version: 18
-- NOT ENFORCED constraints are recorded but never checked: no scan.
ALTER TABLE accounts ADD CONSTRAINT accounts_currency_known CHECK (currency IN ('EUR', 'USD')) NOT ENFORCED;
