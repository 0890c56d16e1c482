-- Step 2, in a migration of its own: SHARE UPDATE EXCLUSIVE, reads and writes continue.
ALTER TABLE accounts VALIDATE CONSTRAINT accounts_owner_id_check;
