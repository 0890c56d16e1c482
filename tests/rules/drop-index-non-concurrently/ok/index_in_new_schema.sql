CREATE SCHEMA staging;
CREATE TABLE staging.orders (LIKE orders INCLUDING ALL);
CREATE INDEX staging_orders_status_idx ON staging.orders (status);
DROP INDEX staging.staging_orders_status_idx;
