-- corpus-expect: none
CREATE TABLE orders_shadow (LIKE orders INCLUDING ALL);
ALTER TABLE orders_shadow ADD COLUMN amount_big bigint;
ALTER TABLE orders_shadow ALTER COLUMN total_cents TYPE bigint;
CREATE INDEX orders_shadow_amount_big_idx ON orders_shadow (amount_big);
