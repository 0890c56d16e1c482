DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM sessions WHERE expires_at < now()) THEN
        TRUNCATE sessions;
    END IF;
END
$$;
