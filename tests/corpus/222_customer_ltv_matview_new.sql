-- corpus-expect: none
CREATE MATERIALIZED VIEW IF NOT EXISTS reporting.customer_ltv AS
SELECT c.id AS customer_id, coalesce(sum(o.total_cents), 0) AS ltv_cents
FROM customers c LEFT JOIN orders o ON o.customer_id = c.id AND o.status = 'paid'
GROUP BY c.id;
CREATE UNIQUE INDEX customer_ltv_customer_id_key ON reporting.customer_ltv (customer_id);
GRANT SELECT ON reporting.customer_ltv TO reporting_ro;
