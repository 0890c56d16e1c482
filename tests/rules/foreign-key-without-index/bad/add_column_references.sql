ALTER TABLE orders ADD COLUMN shipping_address_id bigint REFERENCES addresses (id);
