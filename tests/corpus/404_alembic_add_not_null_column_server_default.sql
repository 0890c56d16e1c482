-- corpus-expect: none
-- Running upgrade 4a5b6c7d8e9f -> 5b6c7d8e9f0a
ALTER TABLE users ADD COLUMN is_beta BOOLEAN DEFAULT false NOT NULL;
ALTER TABLE users ALTER COLUMN is_beta DROP DEFAULT;
