ALTER TABLE ONLY bookings ADD CONSTRAINT bookings_excl
    EXCLUDE USING gist (room_id WITH =, during WITH &&) WITH (fillfactor = 70);
