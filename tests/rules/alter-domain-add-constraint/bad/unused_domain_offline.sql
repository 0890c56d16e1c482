-- Offline, pgmig cannot know that no column uses legacy_code: conservative.
ALTER DOMAIN legacy_code ADD CONSTRAINT legacy_code_not_blank CHECK (VALUE <> '');
