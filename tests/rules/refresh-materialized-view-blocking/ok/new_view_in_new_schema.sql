CREATE SCHEMA analytics;
CREATE MATERIALIZED VIEW analytics.top_customers AS
    SELECT customer_id, sum(total) AS revenue FROM orders GROUP BY customer_id
    ORDER BY revenue DESC LIMIT 100;
REFRESH MATERIALIZED VIEW analytics.top_customers;
