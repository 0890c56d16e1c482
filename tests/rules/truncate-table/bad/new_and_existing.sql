CREATE TABLE import_rows (id bigint PRIMARY KEY, payload jsonb);
TRUNCATE import_rows, sessions;
