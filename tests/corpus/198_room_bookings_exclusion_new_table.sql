-- corpus-expect: none
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE room_bookings (
    id bigserial PRIMARY KEY,
    room_id bigint NOT NULL REFERENCES rooms (id),
    during tstzrange NOT NULL,
    EXCLUDE USING gist (room_id WITH =, during WITH &&)
);
