-- corpus-expect: none
-- pgmig:no-transaction
BEGIN;
REFRESH MATERIALIZED VIEW CONCURRENTLY product_popularity;
REFRESH MATERIALIZED VIEW CONCURRENTLY reporting.customer_ltv;
COMMIT;
