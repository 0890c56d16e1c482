-- Pre-existing schema for the alter-domain-add-constraint cases: domains used by busy tables.
CREATE SCHEMA billing;

CREATE DOMAIN email_address AS text;
CREATE DOMAIN positive_cents AS bigint;
ALTER DOMAIN positive_cents ADD CONSTRAINT positive_cents_nonnegative CHECK (VALUE >= 0) NOT VALID;
CREATE DOMAIN billing.currency_code AS char(3);
CREATE DOMAIN "Percent" AS numeric;
CREATE DOMAIN order_ref AS text DEFAULT 'none' NOT NULL;

CREATE TABLE customers (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email     email_address,
    discount  "Percent"
);

CREATE TABLE orders (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id  bigint NOT NULL,
    ref          order_ref,
    total_cents  positive_cents NOT NULL DEFAULT 0
);

CREATE TABLE billing.invoices (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    amount    positive_cents NOT NULL,
    currency  billing.currency_code NOT NULL DEFAULT 'EUR'
);

CREATE TABLE maintenance_tasks (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    command  text NOT NULL
);

INSERT INTO customers (email, discount) VALUES ('a@example.com', 10);
INSERT INTO orders (customer_id, ref, total_cents) VALUES (1, 'A-1', 1000);
INSERT INTO billing.invoices (amount) VALUES (1000);

-- A domain no column uses (yet): altering it locks nothing.
CREATE DOMAIN legacy_code AS text;

-- A domain used only through a domain built on it.
CREATE DOMAIN sku_base AS text;
CREATE DOMAIN product_sku AS sku_base;
CREATE TABLE catalog_items (
    id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code  product_sku NOT NULL
);
INSERT INTO catalog_items (code) VALUES ('ABC-1');
