CREATE FUNCTION tighten_email_domain() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    ALTER DOMAIN email_address ADD CONSTRAINT email_address_has_at CHECK (VALUE LIKE '%@%');
    EXECUTE 'ALTER DOMAIN email_address SET NOT NULL';
END
$$;
