-- pgmig:no-transaction
-- No table list: every table in the database is rewritten, one after the other.
VACUUM FULL;
