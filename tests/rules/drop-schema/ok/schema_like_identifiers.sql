CREATE TABLE schema_drops (schema_name text PRIMARY KEY, dropped_at timestamptz);
CREATE TABLE drop_schema_requests (id bigint PRIMARY KEY);
