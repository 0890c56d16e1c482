-- Primary keys are not checked by the default patterns.
CREATE TABLE shipments (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id  bigint NOT NULL
);
CREATE INDEX idx_shipments_order_id ON shipments (order_id);
