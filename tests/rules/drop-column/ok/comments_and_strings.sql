-- Next release: ALTER TABLE orders DROP COLUMN legacy_status;
COMMENT ON COLUMN orders.legacy_status IS 'deprecated: DROP COLUMN planned for 2026.05';
SELECT 'ALTER TABLE orders DROP COLUMN legacy_status' AS reminder;
