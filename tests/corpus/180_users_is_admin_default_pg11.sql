-- corpus-expect: none
-- corpus-pg-version: 11
ALTER TABLE users ADD COLUMN is_staff boolean NOT NULL DEFAULT false;
ALTER TABLE users ADD COLUMN signup_source text DEFAULT 'web';
