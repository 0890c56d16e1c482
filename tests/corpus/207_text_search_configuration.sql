-- corpus-expect: none
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION public.simple_unaccent (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION public.simple_unaccent
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
