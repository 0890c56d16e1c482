-- VALIDATE runs first (SHARE UPDATE EXCLUSIVE); the later, stronger lock is taken after the scan.
ALTER TABLE accounts VALIDATE CONSTRAINT accounts_balance_non_negative;
ALTER TABLE accounts ALTER COLUMN balance SET NOT NULL;
ALTER TABLE accounts ADD COLUMN closed_at timestamptz;
