-- corpus-expect: nested-transaction-control
-- pgmig:no-transaction
BEGIN;
ALTER TABLE users ADD COLUMN IF NOT EXISTS avatar_url text;
ALTER TABLE users ADD COLUMN IF NOT EXISTS bio text;
