CREATE TABLE audit_events (
    id           bigint GENERATED ALWAYS AS IDENTITY,
    happened_at  timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE audit_events ADD PRIMARY KEY (id);
