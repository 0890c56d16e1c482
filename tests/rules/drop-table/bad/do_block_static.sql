DO $$
BEGIN
    IF to_regclass('public.legacy_exports') IS NOT NULL THEN
        DROP TABLE legacy_exports;
    END IF;
END
$$;
