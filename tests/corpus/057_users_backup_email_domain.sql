-- corpus-expect: add-column-constrained-domain
CREATE EXTENSION IF NOT EXISTS citext;
CREATE DOMAIN "Email" AS citext
    CONSTRAINT email_format CHECK (VALUE ~ '^[^@\s]+@[^@\s]+$');

ALTER TABLE users
    ADD COLUMN notes text,
    ADD COLUMN backup_email "Email";
