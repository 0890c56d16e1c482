CREATE TABLE audit_events (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    happened_at  timestamp NOT NULL DEFAULT now(),
    actor        text NOT NULL
);
