CREATE TEMP TABLE tmp_order_ids AS SELECT id FROM orders WHERE status = 'void';
DELETE FROM order_items WHERE order_id IN (SELECT id FROM tmp_order_ids);
DROP TABLE tmp_order_ids;
