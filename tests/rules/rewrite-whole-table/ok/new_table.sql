-- pgmig:no-transaction
CREATE UNLOGGED TABLE order_import_staging (id bigint PRIMARY KEY, payload jsonb, loaded_at timestamptz);
CREATE INDEX order_import_staging_loaded_at_idx ON order_import_staging (loaded_at);
-- The table was created above: rewriting it blocks nobody.
ALTER TABLE order_import_staging SET LOGGED;
CLUSTER order_import_staging USING order_import_staging_loaded_at_idx;
VACUUM FULL order_import_staging;
