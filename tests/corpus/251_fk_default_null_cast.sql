-- corpus-expect: add-foreign-key
-- Any explicit DEFAULT (here a cast NULL) makes PostgreSQL validate the new FK with a scan.
ALTER TABLE orders ADD COLUMN referral_id bigint DEFAULT NULL::bigint REFERENCES referrals (id);
