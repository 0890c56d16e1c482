-- Order totals: item count and sum of the stored subtotals per order.
--
-- security_invoker (PostgreSQL 15+) makes the view apply the caller's row-level security on
-- orders; a plain view would run as its owner and show every user's orders.

CREATE VIEW order_totals WITH (security_invoker = true) AS
SELECT
    o.id AS order_id,
    o.user_id,
    o.status,
    count(i.product_id) AS item_count,
    coalesce(sum(i.subtotal), 0)::numeric(14, 2) AS total
FROM orders AS o
LEFT JOIN order_items AS i ON i.order_id = o.id
GROUP BY o.id;
