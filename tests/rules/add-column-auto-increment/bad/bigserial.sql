-- Give the legacy log a surrogate key.
ALTER TABLE legacy_events ADD COLUMN id bigserial;
