-- corpus-expect: none
-- A partition created and attached earlier; its index built concurrently by the previous migration.
ALTER INDEX measurements_sensor_idx ATTACH PARTITION measurements_2026_12_sensor_idx;
ALTER TABLE measurements_2026_12 ALTER COLUMN sensor_id SET STATISTICS 200;
