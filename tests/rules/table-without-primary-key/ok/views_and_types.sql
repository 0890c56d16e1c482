CREATE VIEW order_counts AS SELECT customer_id, count(*) AS n FROM orders GROUP BY customer_id;
CREATE MATERIALIZED VIEW daily_orders AS SELECT created_at::date AS day, count(*) AS n FROM orders GROUP BY 1;
CREATE TYPE money_amount AS (amount numeric, currency text);
