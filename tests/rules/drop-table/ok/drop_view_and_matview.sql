DROP VIEW order_totals;
DROP MATERIALIZED VIEW daily_orders;
