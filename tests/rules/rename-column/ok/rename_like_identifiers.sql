ALTER TABLE orders ADD COLUMN renamed_from text;
CREATE TABLE column_renames (old_name text PRIMARY KEY, new_name text NOT NULL);
