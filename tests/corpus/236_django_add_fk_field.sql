-- corpus-expect: create-index-non-concurrently
--
-- Add field coupon to order
--
ALTER TABLE "shop_order" ADD COLUMN "coupon_id" bigint NULL CONSTRAINT "shop_order_coupon_id_3f5c0e3a_fk_shop_coupon_id" REFERENCES "shop_coupon"("id") DEFERRABLE INITIALLY DEFERRED;
SET CONSTRAINTS "shop_order_coupon_id_3f5c0e3a_fk_shop_coupon_id" IMMEDIATE;
CREATE INDEX "shop_order_coupon_id_3f5c0e3a" ON "shop_order" ("coupon_id");
