-- Step 1 of the safe path: a plain nullable column and a sequence for future rows.
ALTER TABLE legacy_events ADD COLUMN id bigint;
CREATE SEQUENCE legacy_events_id_seq OWNED BY legacy_events.id;
ALTER TABLE legacy_events ALTER COLUMN id SET DEFAULT nextval('legacy_events_id_seq');
