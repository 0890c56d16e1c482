CREATE FUNCTION to_local(ts timestamptz, zone text) RETURNS timestamp
LANGUAGE sql IMMUTABLE AS $$ SELECT ts AT TIME ZONE zone $$;
CREATE FUNCTION make_table() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    CREATE TABLE legacy_events (at timestamp);
END
$$;
