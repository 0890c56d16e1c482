UPDATE orders SET status = 'archived' WHERE status = 'done';
ROLLBACK;
