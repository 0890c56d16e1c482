-- corpus-expect: none
-- CONCURRENTLY refresh takes EXCLUSIVE on the matview: readers keep reading. Allowed in a transaction.
REFRESH MATERIALIZED VIEW CONCURRENTLY reporting.daily_revenue;
