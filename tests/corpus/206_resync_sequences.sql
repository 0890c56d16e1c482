-- corpus-expect: none
SELECT setval('orders_id_seq', coalesce((SELECT max(id) FROM orders), 1));
SELECT setval(pg_get_serial_sequence('invoices', 'id'), coalesce((SELECT max(id) FROM invoices), 1));
