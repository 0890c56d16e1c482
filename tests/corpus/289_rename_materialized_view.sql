-- corpus-expect: rename-table
ALTER MATERIALIZED VIEW IF EXISTS reporting.daily_sales RENAME TO daily_sales_v1;
