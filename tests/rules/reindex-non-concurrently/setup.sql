-- Pre-existing schema for the reindex-non-concurrently cases.
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint,
    status text,
    created_at timestamptz DEFAULT now()
);
CREATE INDEX orders_status_idx ON orders (status);
CREATE INDEX orders_customer_id_idx ON orders (customer_id);
CREATE INDEX concurrently_idx ON orders (customer_id, status);

CREATE SCHEMA app;
CREATE TABLE app."OrdersArchive" (
    "Id" bigint PRIMARY KEY,
    "CreatedAt" timestamptz
);
CREATE INDEX "OrdersArchive_CreatedAt_idx" ON app."OrdersArchive" ("CreatedAt");
