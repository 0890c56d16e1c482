CREATE TABLE audit_events (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    happened_at  timestamptz NOT NULL DEFAULT now(),
    logged_at    timestamp with time zone,
    precise_at   timestamptz(3)
);
