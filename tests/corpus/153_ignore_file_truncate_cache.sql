-- corpus-expect: none
-- pgmig:ignore-file truncate-table the cache table is rebuilt on demand, emptying it is harmless
TRUNCATE TABLE http_cache;
TRUNCATE TABLE http_cache_tags;
