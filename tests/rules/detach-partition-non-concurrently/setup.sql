-- Pre-existing schema for the detach-partition-non-concurrently cases.
CREATE TABLE events (
    id bigint NOT NULL,
    kind text NOT NULL,
    payload jsonb,
    occurred_at timestamptz NOT NULL
) PARTITION BY RANGE (occurred_at);
CREATE INDEX events_occurred_at_idx ON events (occurred_at);
CREATE TABLE events_2025_01 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2025-02-01');
CREATE TABLE events_2025_02 PARTITION OF events FOR VALUES FROM ('2025-02-01') TO ('2025-03-01');
CREATE TABLE events_2025_03 PARTITION OF events FOR VALUES FROM ('2025-03-01') TO ('2025-04-01');

CREATE SCHEMA app;
CREATE TABLE app."Metrics" (
    "Region" text NOT NULL,
    "Value" double precision,
    "RecordedAt" timestamptz NOT NULL
) PARTITION BY LIST ("Region");
CREATE TABLE app."Metrics_EU" PARTITION OF app."Metrics" FOR VALUES IN ('eu');
CREATE TABLE app."Metrics_US" PARTITION OF app."Metrics" FOR VALUES IN ('us');
