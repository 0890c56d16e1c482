-- pgmig:no-transaction
CREATE DOMAIN app.phone AS text CHECK (VALUE ~ '^\+[0-9]{6,15}$');
ALTER TABLE IF EXISTS customers ADD COLUMN IF NOT EXISTS phone app.phone;
