CREATE TABLE shipments (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    orderid   bigint NOT NULL
);
ALTER TABLE shipments RENAME COLUMN orderid TO order_id;
