-- corpus-expect: none
-- The INSERT comes first, before any DDL lock is taken.
INSERT INTO feature_flags (name, enabled) VALUES ('dark_mode', false) ON CONFLICT (name) DO NOTHING;
ALTER TABLE user_settings ADD COLUMN theme text;
