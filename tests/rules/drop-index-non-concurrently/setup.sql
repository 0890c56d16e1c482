-- Pre-existing schema for the drop-index-non-concurrently cases.
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint,
    status text,
    created_at timestamptz DEFAULT now()
);
CREATE INDEX orders_status_idx ON orders (status);
CREATE INDEX orders_customer_id_idx ON orders (customer_id);
CREATE INDEX orders_created_at_idx ON orders (created_at);
CREATE INDEX concurrently_idx ON orders (customer_id, status);

CREATE SCHEMA app;
CREATE TABLE app."OrdersArchive" (
    "Id" bigint PRIMARY KEY,
    "CreatedAt" timestamptz
);
CREATE INDEX "OrdersArchive_CreatedAt_idx" ON app."OrdersArchive" ("CreatedAt");

CREATE TABLE events (id bigint NOT NULL, occurred_at timestamptz NOT NULL) PARTITION BY RANGE (occurred_at);
CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE INDEX events_occurred_at_idx ON events (occurred_at);
