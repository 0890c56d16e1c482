-- corpus-expect: none
-- ACCESS SHARE / ROW EXCLUSIVE do not block application traffic.
LOCK TABLE orders IN ACCESS SHARE MODE;
LOCK TABLE order_items IN ROW EXCLUSIVE MODE;
CREATE TABLE order_totals_check AS
SELECT o.id, o.total_cents, sum(i.price_cents * i.quantity) AS items_cents
FROM orders o JOIN order_items i ON i.order_id = o.id
GROUP BY o.id, o.total_cents;
