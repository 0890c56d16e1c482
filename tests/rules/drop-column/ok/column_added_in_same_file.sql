ALTER TABLE orders ADD COLUMN shipping_cents_tmp bigint;
ALTER TABLE orders ADD COLUMN shipping_cents bigint;
ALTER TABLE orders DROP COLUMN shipping_cents_tmp;
