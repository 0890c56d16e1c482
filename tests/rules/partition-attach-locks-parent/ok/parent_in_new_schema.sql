CREATE SCHEMA telemetry;
CREATE TABLE telemetry.samples (host text NOT NULL, value double precision) PARTITION BY LIST (host);
CREATE TABLE telemetry.samples_web PARTITION OF telemetry.samples FOR VALUES IN ('web');
