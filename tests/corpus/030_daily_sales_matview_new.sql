-- corpus-expect: none
CREATE MATERIALIZED VIEW daily_sales AS
SELECT date_trunc('day', placed_at)::date AS day,
       count(*) AS orders,
       sum(total_cents) AS revenue_cents
FROM orders
WHERE status IN ('paid', 'shipped')
GROUP BY 1
WITH NO DATA;

CREATE UNIQUE INDEX daily_sales_day_key ON daily_sales (day);
REFRESH MATERIALIZED VIEW daily_sales;
