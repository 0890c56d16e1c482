-- Creating, renaming and indexing views are not refreshes.
CREATE MATERIALIZED VIEW order_counts AS SELECT count(*) AS n FROM orders;
ALTER MATERIALIZED VIEW daily_order_totals SET (autovacuum_enabled = false);
CREATE VIEW refresh_log AS SELECT 'refresh materialized view'::text AS note;
DROP MATERIALIZED VIEW IF EXISTS obsolete_stats;
