CREATE TABLE metrics (
    name         text NOT NULL,
    value        double precision NOT NULL,
    recorded_at  timestamptz NOT NULL
) PARTITION BY RANGE (recorded_at);
