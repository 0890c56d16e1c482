-- None of these verifies existing rows.
ALTER TABLE users ALTER COLUMN email DROP NOT NULL;
ALTER TABLE users ALTER COLUMN locale SET DEFAULT 'not null';
ALTER TABLE users ADD COLUMN signup_source text NOT NULL DEFAULT 'web';
ALTER TABLE orders ADD CONSTRAINT orders_shipped_at_nn CHECK (shipped_at IS NOT NULL) NOT VALID;
ALTER TABLE users ALTER COLUMN display_name SET STATISTICS 500;
