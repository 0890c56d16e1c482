-- corpus-expect: create-index-non-concurrently
CREATE UNIQUE INDEX daily_revenue_day_key ON reporting.daily_revenue (day);
