-- corpus-expect: create-index-non-concurrently
-- The new table is app.orders; the unqualified "orders" below is public.orders, an existing table.
CREATE SCHEMA IF NOT EXISTS app;
CREATE TABLE app.orders (
    id bigserial PRIMARY KEY,
    reference text NOT NULL
);
CREATE INDEX app_orders_reference_idx ON app.orders (reference);
CREATE INDEX orders_reference_idx ON orders (reference);
