ALTER TABLE orders DROP COLUMN IF EXISTS legacy_status;
