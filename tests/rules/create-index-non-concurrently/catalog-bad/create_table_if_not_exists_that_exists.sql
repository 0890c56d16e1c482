-- The table already exists in production, so IF NOT EXISTS created nothing new.
CREATE TABLE IF NOT EXISTS orders (id bigserial PRIMARY KEY, status text);
CREATE INDEX orders_status_idx ON orders (status);
