CREATE SCHEMA staging;
CREATE TABLE staging.import_rows (id bigint PRIMARY KEY, payload jsonb);
DROP SCHEMA staging CASCADE;
