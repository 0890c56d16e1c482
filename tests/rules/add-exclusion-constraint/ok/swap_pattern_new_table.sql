-- The safe path: build the constrained copy, fill it in batches, swap in a short transaction.
CREATE TABLE bookings_new (LIKE bookings INCLUDING ALL);
ALTER TABLE bookings_new ADD CONSTRAINT bookings_new_no_overlap
    EXCLUDE USING gist (room_id WITH =, during WITH &&);
