-- Offline nothing says orders.coupon_id is indexed; with a catalog it is known not to be.
ALTER TABLE orders
    ADD CONSTRAINT orders_coupon_id_fkey FOREIGN KEY (coupon_id) REFERENCES coupons (id) NOT VALID;
