-- corpus-expect: add-column-auto-increment
-- The old events table never had a surrogate key.
ALTER TABLE legacy_events ADD COLUMN id bigserial;
COMMENT ON COLUMN legacy_events.id IS 'surrogate key, filled for existing rows';
