-- corpus-expect: create-index-non-concurrently
-- Without ON ONLY this builds the index on every partition under SHARE locks.
CREATE INDEX measurements_sensor_id_idx ON measurements (sensor_id);
