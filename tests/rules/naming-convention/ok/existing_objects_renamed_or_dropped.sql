ALTER INDEX orders_status_idx RENAME TO idx_orders_status;
DROP INDEX IF EXISTS customers_email_key;
