-- corpus-expect: add-column-auto-increment, add-primary-key
ALTER TABLE public.tags ADD COLUMN id serial PRIMARY KEY;
