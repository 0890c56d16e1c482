-- Pre-existing schema for the timestamp-without-time-zone cases.
CREATE SCHEMA billing;

CREATE TABLE orders (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    status       text NOT NULL DEFAULT 'new',
    paid_at      timestamptz,
    created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE billing.invoices (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    issued_on  date NOT NULL
);

CREATE TABLE legacy_jobs (
    id      bigint PRIMARY KEY,
    ran_at  timestamp
);
