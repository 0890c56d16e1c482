-- ALTER TABLE orders ADD CONSTRAINT x FOREIGN KEY (coupon_id) REFERENCES coupons (id);
CREATE FUNCTION add_coupon_fk() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    ALTER TABLE orders ADD CONSTRAINT orders_coupon_id_fkey FOREIGN KEY (coupon_id) REFERENCES coupons (id);
END
$$;
COMMENT ON COLUMN orders.coupon_id IS 'REFERENCES coupons (id) once the index exists';
