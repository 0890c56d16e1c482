CREATE TABLE shipment (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id  bigint NOT NULL
);
ALTER TABLE shipment RENAME TO shipments;
