UPDATE orders SET status = 'done' WHERE status = 'closed';
VACUUM (ANALYZE) orders;
