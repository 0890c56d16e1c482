-- pgmig:no-transaction
REFRESH MATERIALIZED VIEW daily_order_totals;
