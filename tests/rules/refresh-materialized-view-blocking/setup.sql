-- Pre-existing schema for the refresh-materialized-view-blocking cases.
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL,
    total numeric(12, 2) NOT NULL,
    placed_at timestamptz NOT NULL DEFAULT now()
);

CREATE MATERIALIZED VIEW daily_order_totals AS
    SELECT placed_at::date AS day, count(*) AS orders, sum(total) AS revenue
    FROM orders GROUP BY 1;
-- The unique index REFRESH ... CONCURRENTLY needs.
CREATE UNIQUE INDEX daily_order_totals_day_key ON daily_order_totals (day);

CREATE SCHEMA reporting;
CREATE MATERIALIZED VIEW reporting."CustomerStats" AS
    SELECT customer_id AS "CustomerId", count(*) AS "OrderCount" FROM orders GROUP BY customer_id;
CREATE UNIQUE INDEX "CustomerStats_CustomerId_key" ON reporting."CustomerStats" ("CustomerId");

CREATE MATERIALIZED VIEW concurrently_refreshed_stats AS
    SELECT customer_id, max(placed_at) AS last_order_at FROM orders GROUP BY customer_id;
CREATE UNIQUE INDEX concurrently_refreshed_stats_customer_id_key
    ON concurrently_refreshed_stats (customer_id);
