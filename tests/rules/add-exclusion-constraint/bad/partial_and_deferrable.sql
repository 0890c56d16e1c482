ALTER TABLE bookings ADD CONSTRAINT bookings_active_no_overlap
    EXCLUDE USING gist (room_id WITH =, during WITH &&) WHERE (NOT cancelled)
    DEFERRABLE INITIALLY DEFERRED;
