-- corpus-expect: none
ALTER TABLE projects ADD COLUMN archived_at timestamptz;
ALTER TABLE projects ADD COLUMN archived_by bigint REFERENCES users (id);
ALTER TABLE projects ADD COLUMN visibility text NOT NULL DEFAULT 'private';
ALTER TABLE projects ADD CONSTRAINT projects_visibility_check CHECK (visibility IN ('private', 'internal', 'public')) NOT VALID;
COMMENT ON COLUMN projects.visibility IS 'validated in the next migration';
