-- corpus-expect: none
-- COMMENT and SET STATISTICS take only SHARE UPDATE EXCLUSIVE: VALIDATE may follow.
COMMENT ON CONSTRAINT order_items_order_id_fkey ON order_items IS 'validated in release 52';
ALTER TABLE order_items ALTER COLUMN order_id SET STATISTICS 400;
ALTER TABLE order_items VALIDATE CONSTRAINT order_items_order_id_fkey;
