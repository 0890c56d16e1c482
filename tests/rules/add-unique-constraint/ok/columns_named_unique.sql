ALTER TABLE users ADD COLUMN unique_code text, ADD COLUMN is_unique boolean DEFAULT false;
