-- corpus-expect: refresh-materialized-view-blocking
-- Empties the matview under ACCESS EXCLUSIVE: readers block, then get "has not been populated".
REFRESH MATERIALIZED VIEW search_suggestions WITH NO DATA;
