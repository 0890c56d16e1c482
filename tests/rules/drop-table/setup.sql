-- Pre-existing schema for the drop-table cases.
CREATE SCHEMA billing;

CREATE TABLE customers (
    id     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email  text NOT NULL
);

CREATE TABLE orders (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id  bigint NOT NULL REFERENCES customers (id),
    status       text NOT NULL DEFAULT 'new'
);

CREATE TABLE order_items (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id  bigint NOT NULL REFERENCES orders (id),
    sku       text NOT NULL
);

CREATE TABLE legacy_exports (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    payload     text,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE billing.old_invoices (
    id      bigint PRIMARY KEY,
    amount  numeric(12, 2)
);

CREATE TABLE "AuditTrail" (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    "Message"  text
);

CREATE SEQUENCE legacy_export_seq;
CREATE TYPE export_format AS ENUM ('csv', 'json');
CREATE VIEW order_totals AS SELECT customer_id, count(*) AS n FROM orders GROUP BY customer_id;
CREATE MATERIALIZED VIEW daily_orders AS SELECT status, count(*) AS n FROM orders GROUP BY status;

CREATE TABLE maintenance_tasks (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    command  text NOT NULL
);
