CREATE TABLE order_imports (id bigint PRIMARY KEY, batch text);
CREATE INDEX order_imports_batch_idx ON order_imports (batch);
INSERT INTO order_imports SELECT g, 'b' || g % 10 FROM generate_series(1, 1000) AS g;
-- The table was created above; nobody else can use it yet.
REINDEX INDEX order_imports_batch_idx;
REINDEX TABLE order_imports;
