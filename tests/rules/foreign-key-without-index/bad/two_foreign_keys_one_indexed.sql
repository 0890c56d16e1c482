CREATE TABLE wishlist_items (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id  bigint NOT NULL REFERENCES customers (id),
    coupon_id    bigint REFERENCES coupons (id)
);
CREATE INDEX wishlist_items_customer_id_idx ON wishlist_items (customer_id);
