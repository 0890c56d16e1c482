-- expect: 2
-- app.orders is new; public.orders is not. "Customers" is new; customers is not.
CREATE TABLE app.orders (id bigint PRIMARY KEY, status text);
CREATE INDEX ON app.orders (status);
CREATE INDEX orders_status_total_idx ON public.orders (status, total);
CREATE TABLE "Customers" (id bigint, email text);
CREATE INDEX ON "Customers" (email);
CREATE INDEX customers_name_idx ON customers (name);
