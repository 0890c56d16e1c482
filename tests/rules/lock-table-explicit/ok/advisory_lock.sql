-- Serialise with the nightly job without blocking application traffic.
SELECT pg_advisory_xact_lock(hashtext('orders-maintenance'));
UPDATE app_settings SET value = 'pending' WHERE key = 'orders.default_status';
