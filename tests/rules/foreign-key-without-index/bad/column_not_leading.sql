CREATE TABLE refunds (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id     bigint NOT NULL REFERENCES orders (id),
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX refunds_created_at_order_id_idx ON refunds (created_at, order_id);
