-- UPDATE/INSERT take ROW EXCLUSIVE, which does not block other writers.
UPDATE orders SET status = 'new' WHERE status IS NULL;
INSERT INTO customers (email) VALUES ('ops@example.com');
ALTER TABLE orders VALIDATE CONSTRAINT orders_total_non_negative;
