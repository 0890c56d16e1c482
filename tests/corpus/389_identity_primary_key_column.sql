-- corpus-expect: add-column-auto-increment, add-primary-key
ALTER TABLE event_attendees ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;
