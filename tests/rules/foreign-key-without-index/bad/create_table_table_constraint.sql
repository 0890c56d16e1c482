CREATE TABLE shipments (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id    bigint NOT NULL,
    address_id  bigint NOT NULL,
    CONSTRAINT shipments_order_id_fkey FOREIGN KEY (order_id) REFERENCES orders (id),
    CONSTRAINT shipments_address_id_fkey FOREIGN KEY (address_id) REFERENCES addresses (id)
);
CREATE INDEX shipments_order_id_idx ON shipments (order_id);
