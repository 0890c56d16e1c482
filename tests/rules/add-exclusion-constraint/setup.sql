-- Existing schema for add-exclusion-constraint: room bookings and shifts.
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE SCHEMA app;

CREATE TABLE bookings (
    id bigserial PRIMARY KEY,
    room_id integer NOT NULL,
    during tstzrange NOT NULL,
    cancelled boolean NOT NULL DEFAULT false
);

CREATE TABLE app."Shifts" (
    "Id" bigint PRIMARY KEY,
    "EmployeeId" bigint NOT NULL,
    "Period" tsrange NOT NULL
);

CREATE TABLE price_periods (
    product_id bigint NOT NULL,
    valid daterange NOT NULL
);

INSERT INTO bookings (room_id, during)
    VALUES (1, tstzrange('2025-01-01 10:00+00', '2025-01-01 11:00+00'));
INSERT INTO app."Shifts" VALUES (1, 7, tsrange('2025-01-01 08:00', '2025-01-01 16:00'));
INSERT INTO price_periods VALUES (1, daterange('2025-01-01', '2025-02-01'));
