-- pgmig:no-transaction
BEGIN;
LOCK TABLE app_settings IN EXCLUSIVE MODE;
UPDATE app_settings SET value = 'pending' WHERE key = 'orders.default_status';
COMMIT;
