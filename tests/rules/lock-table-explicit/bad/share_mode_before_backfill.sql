LOCK TABLE orders IN SHARE MODE;
UPDATE orders SET status = 'pending' WHERE status = 'new';
