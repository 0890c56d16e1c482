-- pgmig:no-transaction
ALTER TABLE IF EXISTS imports ADD COLUMN IF NOT EXISTS row_no bigserial;
