ALTER TABLE customers ADD COLUMN renamed_at timestamptz;
CREATE TABLE table_renames (old_name text PRIMARY KEY, new_name text NOT NULL);
