-- pgmig:no-transaction
ALTER TABLE orders
    ADD CONSTRAINT orders_coupon_id_fkey FOREIGN KEY (coupon_id) REFERENCES coupons (id) NOT VALID;
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_coupon_id_idx ON orders (coupon_id);
ALTER TABLE orders VALIDATE CONSTRAINT orders_coupon_id_fkey;
