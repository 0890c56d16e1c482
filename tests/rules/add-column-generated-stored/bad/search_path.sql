SET search_path TO app;
ALTER TABLE articles ADD COLUMN slug text GENERATED ALWAYS AS (lower(replace(title, ' ', '-'))) STORED;
