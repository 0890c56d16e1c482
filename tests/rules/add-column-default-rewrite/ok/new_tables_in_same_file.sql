CREATE TABLE app.audit_log (
    id bigserial PRIMARY KEY,
    action text NOT NULL
);
ALTER TABLE app.audit_log ADD COLUMN event_id uuid NOT NULL DEFAULT gen_random_uuid();

CREATE TABLE orders_archive AS SELECT * FROM orders WITH NO DATA;
ALTER TABLE orders_archive ADD COLUMN archived_at timestamptz DEFAULT clock_timestamp();

CREATE SCHEMA reporting;
CREATE TABLE reporting.snapshots (id bigint);
ALTER TABLE reporting.snapshots ADD COLUMN token text DEFAULT md5(random()::text);
