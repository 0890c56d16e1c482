-- Pre-existing schema for the rewrite-whole-table cases.
-- A second table access method (a stand-in for e.g. Citus' columnar; same handler as heap).
DROP ACCESS METHOD IF EXISTS columnar;
CREATE ACCESS METHOD columnar TYPE TABLE HANDLER heap_tableam_handler;

CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint,
    status text,
    notes text,
    subtotal numeric(12, 2),
    tax numeric(12, 2),
    total numeric(12, 2) GENERATED ALWAYS AS (subtotal + tax) STORED,
    created_at timestamptz DEFAULT now()
);
CREATE INDEX orders_created_at_idx ON orders (created_at);
CREATE INDEX orders_customer_id_idx ON orders (customer_id);

CREATE SCHEMA app;
CREATE TABLE app."AuditLog" (
    "Id" bigint PRIMARY KEY,
    "Action" text,
    "LoggedAt" timestamptz
);

CREATE UNLOGGED TABLE session_cache (key text PRIMARY KEY, value jsonb);

CREATE MATERIALIZED VIEW order_totals AS
    SELECT customer_id, sum(total) AS total FROM orders GROUP BY customer_id;

CREATE TABLE events (id bigint, occurred_at timestamptz NOT NULL) PARTITION BY RANGE (occurred_at);
CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
