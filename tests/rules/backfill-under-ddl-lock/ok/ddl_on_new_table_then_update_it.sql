CREATE TABLE report_rows (id bigint PRIMARY KEY, total bigint);
ALTER TABLE report_rows ADD COLUMN label text;
INSERT INTO report_rows (id, total) SELECT id, total_cents FROM orders;
UPDATE report_rows SET label = 'order ' || id;
