-- CLUSTER ON / SET WITHOUT CLUSTER only record which index a future CLUSTER would use.
ALTER TABLE orders CLUSTER ON orders_created_at_idx;
ALTER TABLE app."AuditLog" SET WITHOUT CLUSTER;
