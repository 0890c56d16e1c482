CREATE DOMAIN nonempty_name AS text NOT NULL CHECK (VALUE <> '');
ALTER TABLE customers ADD COLUMN display_name nonempty_name DEFAULT 'anonymous';
