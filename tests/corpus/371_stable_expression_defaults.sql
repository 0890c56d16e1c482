-- corpus-expect: none
-- All STABLE or IMMUTABLE: evaluated once by the ALTER, no rewrite.
ALTER TABLE audit_entries
    ADD COLUMN day_utc date DEFAULT (now() AT TIME ZONE 'utc')::date,
    ADD COLUMN year_label text DEFAULT to_char(now(), 'YYYY'),
    ADD COLUMN hour_bucket timestamptz DEFAULT date_trunc('hour', now()),
    ADD COLUMN tenant_id bigint DEFAULT nullif(current_setting('app.tenant_id', true), '')::bigint,
    ADD COLUMN session_pid integer DEFAULT pg_backend_pid(),
    ADD COLUMN local_ts timestamp DEFAULT localtimestamp,
    ADD COLUMN keep_for interval DEFAULT make_interval(days => 30) * 2,
    ADD COLUMN state order_status DEFAULT 'pending'::order_status;
