-- corpus-expect: backfill-under-ddl-lock
-- pgmig:no-transaction
BEGIN;
ALTER TABLE customers ADD COLUMN normalized_email text;
UPDATE customers SET normalized_email = lower(trim(email));
COMMIT;
CREATE INDEX CONCURRENTLY IF NOT EXISTS customers_normalized_email_idx ON customers (normalized_email);
