-- corpus-expect: rename-column
ALTER TABLE users RENAME COLUMN name TO full_name;
