-- corpus-expect: none
-- pgmig:no-transaction
-- The ALTER's lock is released at COMMIT; the UPDATEs afterwards autocommit on their own.
BEGIN;
ALTER TABLE vendors ADD COLUMN payout_iban text;
COMMENT ON COLUMN vendors.payout_iban IS 'encrypted at rest';
COMMIT;
UPDATE vendors SET payout_iban = legacy_iban WHERE id BETWEEN 1 AND 20000;
UPDATE vendors SET payout_iban = legacy_iban WHERE id BETWEEN 20001 AND 40000;
