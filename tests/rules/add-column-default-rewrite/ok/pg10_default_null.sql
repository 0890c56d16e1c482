-- pg-version: 10
-- DEFAULT NULL stores nothing, even before PostgreSQL 11.
ALTER TABLE orders ADD COLUMN cancelled_reason text DEFAULT NULL, ADD COLUMN refunded_at timestamptz;
