-- SET DEFAULT only affects future rows: catalog change, no rewrite.
ALTER TABLE customers ALTER COLUMN created_at SET DEFAULT clock_timestamp();
ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'pending';
ALTER TABLE app.events ALTER COLUMN payload SET DEFAULT jsonb_build_object('v', 1);
