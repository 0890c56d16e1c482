-- pg-version: 16
-- pgmig:no-transaction
-- System catalogs cannot be reindexed concurrently; this form is exempt.
REINDEX SYSTEM;
