CREATE TABLE returns (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id  bigint NOT NULL REFERENCES orders (id)
);
-- Same column name, wrong table.
CREATE INDEX order_items_order_id_idx ON order_items (order_id);
