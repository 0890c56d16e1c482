-- Pre-existing schema for the drop-column cases.
CREATE SCHEMA billing;

CREATE TYPE address AS (street text, city text, zip text);

CREATE TABLE "Customers" (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email       text NOT NULL,
    "LegacyId"  integer
);

CREATE TABLE orders (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id    bigint NOT NULL,
    status         text NOT NULL DEFAULT 'new',
    legacy_status  text,
    notes          text DEFAULT '',
    total_cents    bigint NOT NULL DEFAULT 0,
    CONSTRAINT orders_status_check CHECK (status <> '')
);

CREATE VIEW order_notes AS SELECT id, notes FROM orders;

CREATE TABLE billing.invoices (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id  bigint NOT NULL,
    pdf_blob  bytea,
    amount    numeric(12, 2) NOT NULL
);

INSERT INTO orders (customer_id, legacy_status, notes) VALUES (1, 'N', 'first');
