-- corpus-expect: none
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE desk_bookings (
    id bigserial PRIMARY KEY,
    desk_id bigint NOT NULL,
    during tstzrange NOT NULL
);
ALTER TABLE desk_bookings ADD CONSTRAINT desk_bookings_no_overlap EXCLUDE USING gist (desk_id WITH =, during WITH &&);
