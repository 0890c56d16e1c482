-- corpus-expect: none
-- corpus-pg-version: 11
-- pgmig:no-transaction
-- Before PG12 ADD VALUE cannot run in a transaction block; this file runs it in autocommit.
ALTER TYPE order_status ADD VALUE IF NOT EXISTS 'on_hold';
