-- pgmig:no-transaction
ALTER TABLE IF EXISTS customers ADD COLUMN IF NOT EXISTS phone text NOT NULL;
