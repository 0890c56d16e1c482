CREATE SCHEMA reporting;
CREATE TABLE reporting.orders (LIKE public.orders);
ALTER TABLE reporting.orders RENAME COLUMN status TO state;
