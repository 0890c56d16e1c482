CREATE FUNCTION purge_sessions() RETURNS void
LANGUAGE sql AS $$
    TRUNCATE sessions;
$$;

CREATE PROCEDURE purge_login_attempts()
LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE login_attempts;
END
$$;
