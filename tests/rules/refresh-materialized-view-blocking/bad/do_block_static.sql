DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_matviews WHERE matviewname = 'daily_order_totals') THEN
        REFRESH MATERIALIZED VIEW daily_order_totals;
    END IF;
END
$$;
