-- Pre-existing schema for the set-not-null cases (production-sized in real life).
CREATE TABLE users (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text,
    display_name text,
    locale text,
    created_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
);

CREATE SCHEMA billing;
CREATE TABLE billing.invoices (
    id bigint PRIMARY KEY,
    customer_id bigint,
    total_cents bigint,
    currency char(3),
    issued_at timestamptz
);

CREATE TABLE "Accounts" (
    "Id" bigint PRIMARY KEY,
    "OwnerEmail" text,
    "PlanCode" text
);

CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint,
    status text,
    shipped_at timestamptz,
    total numeric(12, 2)
);
-- An earlier migration added this proof NOT VALID and never validated it.
ALTER TABLE orders ADD CONSTRAINT orders_status_nn CHECK (status IS NOT NULL) NOT VALID;
-- An earlier migration added and validated this proof.
ALTER TABLE orders ADD CONSTRAINT orders_customer_id_nn CHECK (customer_id IS NOT NULL);
-- A validated CHECK that mentions the column but proves nothing about NULLs.
ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total > 0);

-- The two-migration pattern: migration A (already applied) added this NOT VALID.
ALTER TABLE users ADD CONSTRAINT users_email_present CHECK (email IS NOT NULL) NOT VALID;
-- An unrelated NOT VALID constraint on users.
ALTER TABLE users ADD CONSTRAINT users_display_name_length CHECK (length(display_name) < 200) NOT VALID;

CREATE TABLE events (
    id bigint NOT NULL,
    kind text,
    occurred_at timestamptz NOT NULL
) PARTITION BY RANGE (occurred_at);
CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
