DO $$
BEGIN
    EXECUTE 'TRUNCATE TABLE public.login_attempts';
END
$$;
