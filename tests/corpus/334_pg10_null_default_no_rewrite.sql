-- corpus-expect: none
-- corpus-pg-version: 10
-- A NULL default never rewrites, even before PG11.
ALTER TABLE users ADD COLUMN deactivated_at timestamptz DEFAULT NULL;
ALTER TABLE users ADD COLUMN notes text;
