ALTER TABLE orders ADD COLUMN shipping_address_id bigint;
CREATE INDEX orders_shipping_address_id_idx ON orders (shipping_address_id);
ALTER TABLE orders
    ADD CONSTRAINT orders_shipping_address_id_fkey FOREIGN KEY (shipping_address_id)
    REFERENCES addresses (id) NOT VALID;
