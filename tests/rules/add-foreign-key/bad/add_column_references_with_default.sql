-- Existing rows get region 1, so PostgreSQL validates every row.
ALTER TABLE customers ADD COLUMN home_region_id integer DEFAULT 1 REFERENCES regions (id);
