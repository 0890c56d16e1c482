-- A column called "type" and a table called "type_changes" are just names.
ALTER TABLE orders ADD COLUMN type text;
ALTER TABLE orders ALTER COLUMN type SET DEFAULT 'standard';
CREATE TABLE type_changes (id bigint PRIMARY KEY, old_type text, new_type text);
