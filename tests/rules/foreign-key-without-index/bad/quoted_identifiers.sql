CREATE TABLE "OrderLines" (
    "Id"       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    "OrderId"  bigint NOT NULL REFERENCES orders (id)
);
-- orderid (unquoted) is not "OrderId".
CREATE TABLE order_lines_v2 (id bigint PRIMARY KEY, orderid bigint);
CREATE INDEX order_lines_v2_orderid_idx ON order_lines_v2 (orderid);
