-- Pre-existing schema for the lock-table-explicit cases: busy application tables.
CREATE SCHEMA billing;

CREATE TABLE customers (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email       text NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE orders (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id  bigint NOT NULL REFERENCES customers (id),
    status       text NOT NULL DEFAULT 'new',
    total_cents  bigint NOT NULL DEFAULT 0,
    created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE billing.invoices (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id    bigint NOT NULL REFERENCES orders (id),
    amount      numeric(12, 2) NOT NULL,
    issued_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE "OrderEvents" (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    "OrderId"   bigint NOT NULL,
    kind        text NOT NULL
);

CREATE TABLE app_settings (
    key    text PRIMARY KEY,
    value  text NOT NULL
);

CREATE TABLE runbook_notes (
    id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    body  text NOT NULL
);

INSERT INTO customers (email) VALUES ('a@example.com'), ('b@example.com');
INSERT INTO orders (customer_id, status) VALUES (1, 'new'), (2, 'paid');
INSERT INTO app_settings VALUES ('orders.default_status', 'new');
