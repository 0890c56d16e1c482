CREATE INDEX orders_status_idx ON orders (status);
DELETE FROM orders WHERE status = 'void';
