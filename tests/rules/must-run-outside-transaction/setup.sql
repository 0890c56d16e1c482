-- Existing schema for must-run-outside-transaction.
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');

CREATE TABLE orders (
    id bigserial PRIMARY KEY,
    status text NOT NULL DEFAULT 'new',
    total numeric(12, 2),
    customer_mood mood,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_status_idx ON orders (status);

CREATE TABLE events (
    id bigint NOT NULL,
    occurred_at timestamptz NOT NULL
) PARTITION BY RANGE (occurred_at);
CREATE TABLE events_2026_10 PARTITION OF events
    FOR VALUES FROM ('2026-10-01') TO ('2026-11-01');
