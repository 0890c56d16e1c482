-- Data first, then the short catalog change: no write-blocking lock is held during the UPDATE.
UPDATE orders SET status = 'new' WHERE status = '';
ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'new';
