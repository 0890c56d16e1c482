-- pgmig:no-transaction
-- Forgot CONCURRENTLY although the file already runs outside a transaction.
CREATE INDEX customers_created_at_idx ON customers (created_at);
