-- pgmig:no-transaction
-- A non-unique GiST index speeds up overlap checks without constraining anything.
CREATE INDEX CONCURRENTLY bookings_room_during_idx ON bookings USING gist (room_id, during);
