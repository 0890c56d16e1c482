-- pgmig:no-transaction
-- The validated check is on display_name; locale is not proven.
ALTER TABLE users ADD CONSTRAINT users_display_name_nn CHECK (display_name IS NOT NULL) NOT VALID;
ALTER TABLE users VALIDATE CONSTRAINT users_display_name_nn;
ALTER TABLE users ALTER COLUMN locale SET NOT NULL;
