CREATE TEMP TABLE tmp_order_ids (id bigint PRIMARY KEY);
LOCK TABLE tmp_order_ids;
INSERT INTO tmp_order_ids SELECT id FROM orders WHERE status = 'new';
