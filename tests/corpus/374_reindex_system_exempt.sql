-- corpus-expect: none
-- pgmig:no-transaction
-- System catalogs cannot be reindexed concurrently; nothing else can be done.
REINDEX SYSTEM app_production;
