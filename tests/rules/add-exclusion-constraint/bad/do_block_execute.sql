DO $$
BEGIN
    EXECUTE 'ALTER TABLE bookings ADD CONSTRAINT bookings_room_excl EXCLUDE USING gist (room_id WITH =, during WITH &&)';
END
$$;
