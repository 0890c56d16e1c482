ALTER TABLE maintenance_tasks ADD COLUMN truncate_allowed boolean NOT NULL DEFAULT false;
CREATE TABLE truncate_log (id bigint PRIMARY KEY, table_name text NOT NULL);
