-- Pre-existing schema for the backfill-under-ddl-lock cases.
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

CREATE TABLE order_items (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id    bigint NOT NULL,
    sku         text NOT NULL,
    quantity    integer NOT NULL
);

CREATE TABLE order_statuses (
    code  text PRIMARY KEY
);

CREATE TABLE customer_notes (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id  bigint NOT NULL,
    body         text NOT NULL
);

CREATE TABLE billing.invoices (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id    bigint NOT NULL,
    amount      numeric(12, 2) NOT NULL,
    currency    text
);

CREATE TABLE "Accounts" (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    "Plan"      text NOT NULL DEFAULT 'free'
);

ALTER TABLE orders ADD CONSTRAINT orders_total_nonnegative CHECK (total_cents >= 0) NOT VALID;

INSERT INTO customers (email) VALUES ('a@example.com'), ('b@example.com');
INSERT INTO orders (customer_id, status, total_cents) VALUES (1, 'new', 1000), (2, 'void', 0);
INSERT INTO order_items (order_id, sku, quantity) VALUES (1, 'SKU-1', 2);
INSERT INTO order_statuses VALUES ('new'), ('paid'), ('void');
INSERT INTO billing.invoices (order_id, amount) VALUES (1, 10.00);
INSERT INTO "Accounts" ("Plan") VALUES ('free'), ('pro');
