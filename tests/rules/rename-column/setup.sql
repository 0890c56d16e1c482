-- Pre-existing schema for the rename-column cases.
CREATE SCHEMA billing;

CREATE TYPE address AS (street text, city text, zip text);

CREATE TABLE orders (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id  bigint NOT NULL,
    status       text NOT NULL DEFAULT 'new',
    total_cents  bigint NOT NULL DEFAULT 0,
    CONSTRAINT orders_status_check CHECK (status <> '')
);
CREATE INDEX orders_status_idx ON orders (status);
CREATE SEQUENCE order_number_seq;

CREATE TABLE billing.invoices (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id  bigint NOT NULL,
    "PdfUrl"  text
);

CREATE VIEW order_totals AS SELECT customer_id, sum(total_cents) AS total FROM orders GROUP BY customer_id;

CREATE TABLE maintenance_tasks (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    command  text NOT NULL
);
