CREATE SCHEMA staging;
CREATE TABLE staging.orders (LIKE public.orders);
LOCK TABLE staging.orders IN ACCESS EXCLUSIVE MODE;
