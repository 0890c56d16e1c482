-- corpus-expect: none
ALTER TABLE customers ADD COLUMN sort_name text COLLATE "und-x-icu";
ALTER TABLE customers ADD COLUMN aliases text[] DEFAULT ARRAY['none']::text[];
