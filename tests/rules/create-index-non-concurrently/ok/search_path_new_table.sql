SET search_path TO app;
CREATE TABLE orders (id bigint PRIMARY KEY, status text);
CREATE INDEX ON orders (status);
CREATE INDEX ON app.orders (id, status);
