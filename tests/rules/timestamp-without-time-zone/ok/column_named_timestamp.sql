CREATE TABLE heartbeats (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    "timestamp"  timestamptz NOT NULL DEFAULT now(),
    timestamp_source text
);
