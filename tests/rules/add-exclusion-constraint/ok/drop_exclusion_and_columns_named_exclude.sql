ALTER TABLE bookings DROP CONSTRAINT IF EXISTS bookings_no_overlap;
ALTER TABLE bookings ADD COLUMN exclude_from_reports boolean NOT NULL DEFAULT false;
