-- Pre-existing schema for the truncate-table cases.
CREATE SCHEMA billing;

CREATE TABLE customers (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email       text NOT NULL UNIQUE
);

CREATE TABLE orders (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id  bigint NOT NULL REFERENCES customers (id),
    status       text NOT NULL DEFAULT 'new'
);

CREATE TABLE sessions (
    id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id     bigint NOT NULL,
    expires_at  timestamptz NOT NULL
);

CREATE TABLE login_attempts (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email       text NOT NULL,
    at          timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE country_codes (
    code  char(2) PRIMARY KEY,
    name  text NOT NULL
);

CREATE TABLE billing.invoice_lines (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    invoice_id  bigint NOT NULL,
    amount      numeric(12, 2) NOT NULL
);

CREATE TABLE "AuditLog" (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    "Message"   text NOT NULL
);

CREATE TABLE maintenance_tasks (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    command  text NOT NULL
);

INSERT INTO customers (email) VALUES ('a@example.com');
INSERT INTO orders (customer_id) VALUES (1);
INSERT INTO sessions (user_id, expires_at) VALUES (1, now() - interval '1 day'), (1, now() + interval '1 day');
INSERT INTO country_codes VALUES ('DE', 'Germany'), ('FR', 'France');
