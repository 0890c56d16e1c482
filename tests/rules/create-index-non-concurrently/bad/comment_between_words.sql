-- expect: 2
-- A comment between the words does not make it concurrent, nor does a quoted index name.
CREATE INDEX /* CONCURRENTLY */ orders_status_created_idx ON orders (status, created_at);
CREATE INDEX "concurrently" ON orders (deleted_at);
