ALTER TABLE orders ADD COLUMN external_id text;
SELECT setval(pg_get_serial_sequence('orders', 'id'), (SELECT max(id) FROM orders));
