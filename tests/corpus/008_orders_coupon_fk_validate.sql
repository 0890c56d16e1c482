-- corpus-expect: none
-- Second step of the NOT VALID pattern, in its own migration: SHARE UPDATE EXCLUSIVE only.
ALTER TABLE orders VALIDATE CONSTRAINT orders_coupon_id_fkey;
