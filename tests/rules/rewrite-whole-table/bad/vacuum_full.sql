-- pgmig:no-transaction
-- Reclaim the space freed by last week's purge.
VACUUM FULL orders;
