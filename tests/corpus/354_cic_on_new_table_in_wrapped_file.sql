-- corpus-expect: must-run-outside-transaction
-- The table is new, but CONCURRENTLY still refuses to run in the runner's transaction.
CREATE TABLE coupon_redemptions (
    id bigserial PRIMARY KEY,
    coupon_id bigint NOT NULL,
    order_id bigint NOT NULL
);
CREATE INDEX CONCURRENTLY coupon_redemptions_coupon_id_idx ON coupon_redemptions (coupon_id);
