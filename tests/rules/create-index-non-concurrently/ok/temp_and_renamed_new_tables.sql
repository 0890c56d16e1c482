CREATE TEMP TABLE scratch (order_id bigint);
CREATE INDEX ON scratch (order_id);
CREATE TABLE orders_new (id bigint, status text);
ALTER TABLE orders_new RENAME TO orders_v2;
CREATE INDEX ON orders_v2 (status);
CREATE TABLE index_concurrently_log (id bigint, concurrently_at timestamptz);
CREATE INDEX ON index_concurrently_log (concurrently_at);
