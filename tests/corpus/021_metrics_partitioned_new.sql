-- corpus-expect: none
CREATE TABLE metrics (
    device_id bigint NOT NULL,
    recorded_at timestamptz NOT NULL,
    name text NOT NULL,
    value double precision
) PARTITION BY RANGE (recorded_at);

CREATE TABLE metrics_2026_11 PARTITION OF metrics
    FOR VALUES FROM ('2026-11-01') TO ('2026-12-01');
CREATE TABLE metrics_2026_12 PARTITION OF metrics
    FOR VALUES FROM ('2026-12-01') TO ('2027-01-01');
CREATE TABLE metrics_default PARTITION OF metrics DEFAULT;

CREATE INDEX metrics_device_recorded_idx ON metrics (device_id, recorded_at);
ALTER TABLE metrics ADD PRIMARY KEY (device_id, recorded_at, name);
