CREATE MATERIALIZED VIEW monthly_order_totals AS
    SELECT date_trunc('month', placed_at) AS month, sum(total) AS revenue
    FROM orders GROUP BY 1
    WITH NO DATA;
CREATE UNIQUE INDEX monthly_order_totals_month_key ON monthly_order_totals (month);
-- The view was created above; nobody can be reading it yet.
REFRESH MATERIALIZED VIEW monthly_order_totals;
