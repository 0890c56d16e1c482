-- corpus-expect: none
CREATE EXTENSION IF NOT EXISTS timescaledb;
CREATE TABLE sensor_readings (
    sensor_id integer NOT NULL,
    taken_at timestamptz NOT NULL,
    celsius double precision
);
SELECT create_hypertable('sensor_readings', 'taken_at', chunk_time_interval => interval '1 day');
CREATE INDEX sensor_readings_sensor_taken_idx ON sensor_readings (sensor_id, taken_at DESC);
