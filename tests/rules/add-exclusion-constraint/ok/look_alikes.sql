-- ALTER TABLE bookings ADD CONSTRAINT c EXCLUDE USING gist (room_id WITH =, during WITH &&);
COMMENT ON TABLE bookings IS 'EXCLUDE USING gist (room_id WITH =, during WITH &&) lives in bookings_new';
CREATE FUNCTION app.add_exclusion() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&);
END
$$;
