-- Pre-existing schema for the rename-table cases.
CREATE SCHEMA billing;
CREATE SCHEMA archive;

CREATE TABLE customers (
    id     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email  text NOT NULL
);

CREATE TABLE orders (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id  bigint NOT NULL REFERENCES customers (id),
    status       text NOT NULL DEFAULT 'new',
    total_cents  bigint NOT NULL DEFAULT 0
);
CREATE INDEX orders_status_idx ON orders (status);

CREATE TABLE legacy_exports (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    payload  text
);

CREATE TABLE billing."Invoices" (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id  bigint NOT NULL
);

CREATE TABLE billing.invoices_v1 (
    id      bigint PRIMARY KEY,
    amount  numeric(12, 2)
);

CREATE VIEW order_totals AS SELECT customer_id, sum(total_cents) AS total FROM orders GROUP BY customer_id;
CREATE MATERIALIZED VIEW daily_revenue AS SELECT status, sum(total_cents) AS total FROM orders GROUP BY status;
CREATE SEQUENCE order_number_seq;
CREATE TYPE order_kind AS ENUM ('web', 'pos');
CREATE FUNCTION order_total(bigint) RETURNS bigint LANGUAGE sql AS 'SELECT total_cents FROM orders WHERE id = $1';

CREATE TABLE maintenance_tasks (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    command  text NOT NULL
);
