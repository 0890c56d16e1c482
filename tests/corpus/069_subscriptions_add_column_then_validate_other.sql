-- corpus-expect: validate-in-same-transaction
-- The VALIDATE of invoices runs while the ACCESS EXCLUSIVE lock on subscriptions is still held.
ALTER TABLE subscriptions ADD COLUMN paused_until timestamptz;
ALTER TABLE invoices VALIDATE CONSTRAINT invoices_subscription_id_fkey;
