-- Pick up the corrected revenue numbers.
REFRESH MATERIALIZED VIEW daily_order_totals;
