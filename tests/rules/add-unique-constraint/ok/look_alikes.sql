-- ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);
COMMENT ON COLUMN users.email IS 'UNIQUE (email) is attached USING INDEX in 0051';
CREATE FUNCTION app.make_unique() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);
END
$$;
SELECT 'ALTER TABLE projects ADD UNIQUE (slug)' AS example;
