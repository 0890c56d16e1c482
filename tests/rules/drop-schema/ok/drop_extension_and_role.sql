DROP EXTENSION IF EXISTS pg_trgm;
DROP ROLE IF EXISTS legacy_reader_that_never_existed;
