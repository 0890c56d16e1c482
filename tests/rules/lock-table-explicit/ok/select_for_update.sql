SELECT value FROM app_settings WHERE key = 'orders.default_status' FOR UPDATE;
UPDATE app_settings SET value = 'pending' WHERE key = 'orders.default_status';
