-- corpus-expect: nested-transaction-control
-- pgmig:no-transaction
BEGIN;
CREATE TABLE vendor_payouts (id bigserial PRIMARY KEY, vendor_id bigint NOT NULL, cents bigint NOT NULL);
COMMIT;
BEGIN;
CREATE INDEX vendor_payouts_vendor_id_idx ON vendor_payouts (vendor_id);
