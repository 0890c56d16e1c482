-- corpus-expect: none
ALTER TABLE tickets ADD assignee_id bigint REFERENCES users (id) ON DELETE SET NULL;
ALTER TABLE tickets ADD due_at timestamptz;
