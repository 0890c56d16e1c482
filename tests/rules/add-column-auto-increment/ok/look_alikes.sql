-- ALTER TABLE legacy_events ADD COLUMN id bigserial;
COMMENT ON COLUMN orders.id IS 'was: ALTER TABLE orders ADD COLUMN id serial';
CREATE FUNCTION app.add_serial() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE 'ALTER TABLE legacy_events ADD COLUMN id bigserial';
    ALTER TABLE legacy_events ADD COLUMN id2 bigint GENERATED ALWAYS AS IDENTITY;
END
$$;
