CREATE SCHEMA reporting;
CREATE TABLE reporting.daily_totals (day date PRIMARY KEY, total numeric);
CREATE INDEX ON reporting.daily_totals (total);
CREATE SCHEMA billing CREATE TABLE invoices (id bigint, customer_id bigint);
CREATE INDEX ON billing.invoices (customer_id);
