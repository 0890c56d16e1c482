-- corpus-expect: none
CREATE DOMAIN positive_int AS integer CHECK (VALUE > 0);
CREATE TABLE cart_items (
    cart_id bigint NOT NULL REFERENCES carts (id) ON DELETE CASCADE,
    product_id bigint NOT NULL REFERENCES products (id),
    quantity positive_int NOT NULL,
    PRIMARY KEY (cart_id, product_id)
);
CREATE INDEX cart_items_product_id_idx ON cart_items (product_id);
