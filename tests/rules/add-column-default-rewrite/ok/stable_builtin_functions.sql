ALTER TABLE customers
    ADD COLUMN tenant text DEFAULT current_setting('app.tenant', true),
    ADD COLUMN signup_year text DEFAULT to_char(now(), 'YYYY'),
    ADD COLUMN settings jsonb NOT NULL DEFAULT jsonb_build_object('theme', 'light', 'digest', true),
    ADD COLUMN display_name text DEFAULT lower('ANONYMOUS'),
    ADD COLUMN created_xid xid8 DEFAULT pg_current_xact_id(),
    ADD COLUMN retention interval DEFAULT make_interval(days => 90),
    ADD COLUMN legacy_key uuid DEFAULT uuid_generate_v5(uuid_ns_url(), 'https://example.com'),
    ADD COLUMN score numeric DEFAULT greatest(0, coalesce(NULL::numeric, 1.5));
