ALTER TABLE tags ADD COLUMN primary_key_hint text, ADD COLUMN is_primary boolean DEFAULT false;
