-- The scheduler calls this; the migration only (re)defines it.
CREATE OR REPLACE FUNCTION refresh_reporting_views() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    REFRESH MATERIALIZED VIEW daily_order_totals;
    REFRESH MATERIALIZED VIEW reporting."CustomerStats";
END
$$;
