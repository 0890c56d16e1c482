-- The live schema has no such table: DROP TABLE IF EXISTS does nothing.
DROP TABLE IF EXISTS import_staging_2019;
