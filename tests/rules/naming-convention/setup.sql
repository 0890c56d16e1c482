-- Pre-existing schema for the naming-convention cases (default patterns:
-- idx_<table>_<columns>, unq_<table>_<columns>, chk_<table>_<anything>, fk_<table>_<columns>).
CREATE SCHEMA billing;

CREATE TABLE customers (
    id     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email  text NOT NULL
);

CREATE TABLE orders (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id  bigint NOT NULL,
    status       text NOT NULL DEFAULT 'new',
    total_cents  bigint NOT NULL DEFAULT 0,
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_status_idx ON orders (status);

CREATE TABLE billing.invoices (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id  bigint NOT NULL,
    number    text NOT NULL
);
