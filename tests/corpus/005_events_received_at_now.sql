-- corpus-expect: none
-- now() is STABLE: evaluated once for the ALTER, stored as the missing value, no rewrite.
ALTER TABLE events ADD COLUMN received_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE events ADD COLUMN expires_on date DEFAULT (CURRENT_DATE + 30);
ALTER TABLE events ADD COLUMN retention interval DEFAULT interval '90 days';
