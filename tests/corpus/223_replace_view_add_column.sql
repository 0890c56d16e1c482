-- corpus-expect: none
CREATE OR REPLACE VIEW order_summaries AS
SELECT o.id, o.customer_id, o.status, o.total_cents, o.placed_at, o.currency
FROM orders o;
