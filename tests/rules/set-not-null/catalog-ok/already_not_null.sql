-- created_at is already NOT NULL: re-stating it does not scan.
ALTER TABLE users ALTER COLUMN created_at SET NOT NULL;
