CREATE TABLE order_imports (id bigint PRIMARY KEY, batch text, imported_at timestamptz);
CREATE INDEX order_imports_batch_idx ON order_imports (batch);
-- The table was created above; dropping its index blocks nobody.
DROP INDEX order_imports_batch_idx;
