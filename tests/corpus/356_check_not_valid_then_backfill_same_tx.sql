-- corpus-expect: backfill-under-ddl-lock
-- ADD ... NOT VALID still takes ACCESS EXCLUSIVE (briefly) - but the lock is held until commit.
ALTER TABLE payments ADD CONSTRAINT payments_method_known CHECK (method IN ('card', 'sepa', 'invoice')) NOT VALID;
UPDATE payments SET method = 'card' WHERE method = 'credit_card';
