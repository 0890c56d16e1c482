-- Pre-existing schema for the partition-attach-locks-parent cases.
CREATE TABLE events (
    id bigint NOT NULL,
    kind text NOT NULL DEFAULT 'generic',
    payload jsonb,
    occurred_at timestamptz NOT NULL,
    CHECK (kind <> '')
) PARTITION BY RANGE (occurred_at);
CREATE INDEX events_occurred_at_idx ON events (occurred_at);
CREATE TABLE events_2026_11 PARTITION OF events FOR VALUES FROM ('2026-11-01') TO ('2026-12-01');
CREATE TABLE events_2026_12 PARTITION OF events FOR VALUES FROM ('2026-12-01') TO ('2027-01-01');

CREATE SCHEMA app;
CREATE TABLE app."Metrics" (
    "Region" text NOT NULL,
    "Value" double precision,
    "RecordedAt" timestamptz NOT NULL
) PARTITION BY LIST ("Region");
CREATE TABLE app."Metrics_EU" PARTITION OF app."Metrics" FOR VALUES IN ('eu');

-- A parent with a catch-all DEFAULT partition.
CREATE TABLE audit_log (
    id bigint NOT NULL,
    action text NOT NULL,
    logged_at timestamptz NOT NULL
) PARTITION BY RANGE (logged_at);
CREATE TABLE audit_log_2026 PARTITION OF audit_log FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE audit_log_default PARTITION OF audit_log DEFAULT;

-- Classic inheritance (not declarative partitioning).
CREATE TABLE measurements (id bigint, taken_at timestamptz, value numeric);
