-- expect: 2
ALTER TABLE users
    ALTER COLUMN display_name SET DEFAULT '',
    ALTER COLUMN display_name SET NOT NULL,
    ALTER COLUMN locale SET NOT NULL;
