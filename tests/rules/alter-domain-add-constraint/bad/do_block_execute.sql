DO $$
BEGIN
    EXECUTE 'ALTER DOMAIN public.email_address SET NOT NULL';
END
$$;
