-- Offline this VALIDATE looks like the proof; the catalog shows it is a length check.
ALTER TABLE users VALIDATE CONSTRAINT users_display_name_length;
ALTER TABLE users ALTER COLUMN display_name SET NOT NULL;
