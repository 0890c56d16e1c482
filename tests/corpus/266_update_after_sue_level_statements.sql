-- corpus-expect: none
-- Nothing here blocks writes before the UPDATE: SET (storage params), VALIDATE and COMMENT take
-- SHARE UPDATE EXCLUSIVE; GRANT takes no table lock.
ALTER TABLE notifications SET (autovacuum_vacuum_cost_delay = 0);
ALTER TABLE notifications VALIDATE CONSTRAINT notifications_user_id_fkey;
COMMENT ON COLUMN notifications.kind IS 'see NotificationKind';
GRANT SELECT ON notifications TO support_ro;
UPDATE notifications SET kind = 'mention' WHERE kind = 'at_mention';
