-- The body runs when someone calls the procedure, not during this migration.
CREATE PROCEDURE enforce_user_email() LANGUAGE plpgsql AS $$
BEGIN
    ALTER TABLE users ALTER COLUMN email SET NOT NULL;
END
$$;
CREATE FUNCTION require_locale() RETURNS void LANGUAGE sql AS
    'ALTER TABLE users ALTER COLUMN locale SET NOT NULL';
