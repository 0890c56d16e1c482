CREATE SCHEMA scheduling;
CREATE TABLE scheduling.slots (room integer NOT NULL, during tstzrange NOT NULL);
ALTER TABLE scheduling.slots ADD CONSTRAINT slots_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&);
