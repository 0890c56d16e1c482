CREATE TABLE drop_table_requests (id bigint PRIMARY KEY, table_name text NOT NULL);
ALTER TABLE legacy_exports ADD COLUMN dropped_at timestamptz;
