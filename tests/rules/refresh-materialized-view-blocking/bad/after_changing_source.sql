-- expect: 2
ALTER TABLE orders ADD COLUMN channel text;
REFRESH MATERIALIZED VIEW daily_order_totals;
REFRESH MATERIALIZED VIEW reporting."CustomerStats";
