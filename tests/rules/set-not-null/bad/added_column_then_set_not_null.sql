-- The column is new but the table is not: SET NOT NULL scans every existing row.
ALTER TABLE users ADD COLUMN timezone text DEFAULT 'UTC';
ALTER TABLE users ALTER COLUMN timezone SET NOT NULL;
