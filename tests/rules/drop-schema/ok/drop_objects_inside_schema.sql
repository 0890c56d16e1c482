-- Dropping one table is a different rule (drop-table); the schema stays.
DROP FUNCTION IF EXISTS legacy.cleanup();
DROP VIEW IF EXISTS legacy.user_emails;
