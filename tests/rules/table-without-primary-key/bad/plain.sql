CREATE TABLE audit_events (
    happened_at  timestamptz NOT NULL DEFAULT now(),
    actor        text NOT NULL,
    payload      jsonb
);
