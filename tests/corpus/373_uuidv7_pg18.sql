-- corpus-expect: add-column-default-rewrite
-- corpus-pg-version: 18
ALTER TABLE events ADD COLUMN event_uuid uuid NOT NULL DEFAULT uuidv7();
