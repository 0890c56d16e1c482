-- A partial index cannot serve the ON DELETE lookup for every row.
CREATE TABLE payments (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id  bigint REFERENCES orders (id),
    voided    boolean NOT NULL DEFAULT false
);
CREATE INDEX payments_order_id_live_idx ON payments (order_id) WHERE NOT voided;
