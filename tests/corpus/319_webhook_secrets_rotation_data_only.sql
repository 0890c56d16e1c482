-- corpus-expect: none
-- Data-only: rotate secrets of disabled webhooks. No DDL in this file.
UPDATE webhooks SET secret = encode(gen_random_bytes(32), 'hex') WHERE disabled_at IS NOT NULL;
DELETE FROM webhook_deliveries WHERE webhook_id IN (SELECT id FROM webhooks WHERE disabled_at < now() - interval '1 year');
